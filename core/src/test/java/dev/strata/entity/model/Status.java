package dev.strata.entity.model;

public enum Status {

	NEW, ACTIVE, CLOSED

}
