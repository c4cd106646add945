package dev.strata.entity.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class NamedGeneratorItem {

	@Id
	@GeneratedValue(generator = "named_gen")
	@SequenceGenerator(name = "named_gen", allocationSize = 20)
	Integer id;

}
