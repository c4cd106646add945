package dev.strata.entity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

	String street;

	@Column(length = 80)
	String city;

	@Column(length = 10)
	String zip;

}
