package dev.strata.entity.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class OrderLineNote {

	@Id
	@GeneratedValue
	Long id;

	@ManyToOne
	OrderLine line;

	String note;

}
