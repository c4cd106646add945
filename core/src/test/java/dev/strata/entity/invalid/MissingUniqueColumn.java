package dev.strata.entity.invalid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_missing", columnNames = "does_not_exist"))
public class MissingUniqueColumn {

	@Id
	Long id;

	String name;

}
