package dev.strata.demo.blog;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small REST API over the blog, enough to see the migrated schema at work.
 */
@RestController
@RequestMapping("/api/blogs")
public class BlogController {

	private final BlogRepository blogs;

	private final UserRepository users;

	public BlogController(BlogRepository blogs, UserRepository users) {
		this.blogs = blogs;
		this.users = users;
	}

	@GetMapping
	@Transactional(readOnly = true)
	public List<BlogView> list() {
		return this.blogs.findAll().stream().map(BlogView::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	public BlogView create(@RequestBody NewBlog request) {
		User author = this.users.findByEmail(request.authorEmail())
			.orElseGet(() -> this.users.save(new User(request.authorEmail(), request.authorName())));
		return BlogView.of(this.blogs.save(new Blog(request.title(), request.body(), author)));
	}

	/**
	 * A blog to create.
	 *
	 * @param title the title
	 * @param body the text
	 * @param authorEmail the author's email
	 * @param authorName the author's name, for a new author
	 */
	public record NewBlog(String title, String body, String authorEmail, String authorName) {

	}

	/**
	 * A blog as the API shows it.
	 *
	 * @param id the id
	 * @param title the title
	 * @param body the text
	 * @param author the author's name
	 */
	public record BlogView(Integer id, String title, String body, String author) {

		static BlogView of(Blog blog) {
			return new BlogView(blog.getId(), blog.getTitle(), blog.getBody(), blog.getUser().getName());
		}

	}

}
