package dev.strata.autoconfigure.load;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The one entity of the load test's application.
 */
@Entity
public class Note {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String body;

	protected Note() {
	}

	public Long getId() {
		return this.id;
	}

	public String getBody() {
		return this.body;
	}

}
