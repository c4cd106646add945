package dev.strata.demo.blog;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * A user of the blog.
 */
@Entity
@Table(name = "users")
public class User {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Integer id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(nullable = false, length = 100)
	private String name;

	@CreationTimestamp
	private @Nullable LocalDateTime createdAt;

	@UpdateTimestamp
	private @Nullable LocalDateTime updatedAt;

	protected User() {
		this.email = "";
		this.name = "";
	}

	public User(String email, String name) {
		this.email = email;
		this.name = name;
	}

	public @Nullable Integer getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getName() {
		return this.name;
	}

}
