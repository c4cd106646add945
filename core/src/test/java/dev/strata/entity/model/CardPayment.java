package dev.strata.entity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {

	@Column(nullable = false)
	String cardNumber;

}
