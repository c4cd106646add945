package dev.strata.entity.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String name;

	@Embedded
	Address address;

	@Embedded
	@AttributeOverride(name = "street", column = @Column(name = "bill_street"))
	@AttributeOverride(name = "city", column = @Column(name = "bill_city", length = 60, nullable = false))
	@AttributeOverride(name = "zip", column = @Column(name = "bill_zip"))
	Address billing;

}
