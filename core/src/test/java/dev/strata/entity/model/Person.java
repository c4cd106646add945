package dev.strata.entity.model;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(indexes = { @Index(columnList = "last_name, first_name"),
		@Index(name = "idx_person_email", columnList = "email", unique = true),
		@Index(name = "idx_person_created", columnList = "created_at") },
		uniqueConstraints = { @UniqueConstraint(columnNames = { "first_name", "last_name" }),
				@UniqueConstraint(name = "uk_person_ssn", columnNames = "ssn") })
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String firstName;

	String lastName;

	String email;

	String ssn;

	LocalDateTime createdAt;

}
