package dev.strata.demo.blog;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The blogs.
 */
public interface BlogRepository extends JpaRepository<Blog, Integer> {

}
