package dev.strata.entity.model;

import java.time.LocalDate;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A composite key that is also a named unique constraint, which names and orders the
 * primary key.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "pk_membership", columnNames = { "member_id", "group_id" }))
public class Membership {

	@EmbeddedId
	MembershipId id;

	LocalDate since;

}
