package dev.strata.entity.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class CustomSequenceItem {

	@Id
	@GeneratedValue(generator = "custom_gen")
	@SequenceGenerator(name = "custom_gen", sequenceName = "custom_seq", allocationSize = 1, initialValue = 100)
	Long id;

}
