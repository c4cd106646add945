package dev.strata.entity.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

@Entity
public class CustomerProfile {

	@Id
	Long id;

	@MapsId
	@OneToOne
	Customer customer;

	String bio;

}
