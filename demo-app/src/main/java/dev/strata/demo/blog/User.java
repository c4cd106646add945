package dev.strata.demo.blog;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
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

	@Column(length = 40)
	private @Nullable String nickname;

	private @Nullable LocalDateTime createdAt;

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

	public @Nullable String getNickname() {
		return this.nickname;
	}

	@PrePersist
	void created() {
		this.createdAt = LocalDateTime.now();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void updated() {
		this.updatedAt = LocalDateTime.now();
	}

}
