/**
 * The blog: entities, repositories and its REST API.
 */
@NullMarked
package dev.strata.demo.blog;

import org.jspecify.annotations.NullMarked;
