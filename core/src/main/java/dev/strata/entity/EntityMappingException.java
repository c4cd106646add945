package dev.strata.entity;

/**
 * Thrown when the entity mapping is one Hibernate would fail to create a schema for, or
 * cannot be read.
 */
public class EntityMappingException extends RuntimeException {

	/**
	 * Create an exception.
	 * @param message what is wrong and what to do
	 */
	public EntityMappingException(String message) {
		super(message);
	}

	/**
	 * Create an exception with a cause.
	 * @param message what is wrong and what to do
	 * @param cause the cause
	 */
	public EntityMappingException(String message, Throwable cause) {
		super(message, cause);
	}

}
