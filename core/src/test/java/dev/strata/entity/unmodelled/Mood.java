package dev.strata.entity.unmodelled;

public enum Mood {

	HAPPY, SAD

}
