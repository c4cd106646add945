package dev.strata.demo.blog;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A blog post, as the Masonite documentation's {@code create_blogs_table} migration
 * defines it.
 */
@Entity
@Table(name = "blogs")
public class Blog {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Integer id;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false, columnDefinition = "text")
	private String body;

	private int active;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id", nullable = false)
	private User user;

	private @Nullable LocalDateTime createdAt;

	private @Nullable LocalDateTime updatedAt;

	protected Blog() {
		this.title = "";
		this.body = "";
		this.user = new User();
	}

	public Blog(String title, String body, User user) {
		this.title = title;
		this.body = body;
		this.user = user;
		this.active = 1;
	}

	public @Nullable Integer getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public boolean isActive() {
		return this.active != 0;
	}

	public User getUser() {
		return this.user;
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
