package dev.strata.entity.model;

import jakarta.persistence.Entity;

@Entity
public class Square extends Shape {

	double side;

}
