package dev.strata.entity.model;

import jakarta.persistence.Entity;

@Entity
public class Truck extends Vehicle {

	Double payload;

}
