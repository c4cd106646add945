package dev.strata.entity.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class SequenceItem {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	Long id;

}
