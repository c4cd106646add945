package dev.strata.entity.invalid;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class DuplicateColumns {

	@Id
	Long id;

	@Embedded
	Place home;

	@Embedded
	Place work;

}
