package dev.strata.demo.blog;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The users.
 */
public interface UserRepository extends JpaRepository<User, Integer> {

	Optional<User> findByEmail(String email);

}
