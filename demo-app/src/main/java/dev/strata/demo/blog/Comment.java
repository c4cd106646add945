package dev.strata.demo.blog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a blog. It goes with its blog, and stays when its author leaves.
 */
@Entity
@Table(name = "comments", indexes = @Index(columnList = "blog_id"))
public class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "blog_id", nullable = false)
	@OnDelete(action = OnDeleteAction.CASCADE)
	private Blog blog;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "author_id")
	@OnDelete(action = OnDeleteAction.SET_NULL)
	private @Nullable User author;

	@Column(nullable = false, length = 2000)
	private String body;

	private @Nullable Instant createdAt;

	protected Comment() {
		this.blog = new Blog();
		this.body = "";
	}

	public Comment(Blog blog, @Nullable User author, String body) {
		this.blog = blog;
		this.author = author;
		this.body = body;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getBody() {
		return this.body;
	}

	@PrePersist
	void created() {
		this.createdAt = Instant.now();
	}

}
