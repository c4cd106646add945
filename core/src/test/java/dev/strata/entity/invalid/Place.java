package dev.strata.entity.invalid;

import jakarta.persistence.Embeddable;

@Embeddable
public class Place {

	String zip;

}
