package dev.strata.entity.model;

import jakarta.persistence.Entity;

@Entity
public class Circle extends Shape {

	double radius;

}
