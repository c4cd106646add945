package dev.strata.entity.types;

public enum Level {

	LOW, MEDIUM, HIGH

}
