package dev.strata.entity.model;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class UuidItem {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	UUID id;

	UUID other;

}
