/**
 * Reads the schema that JPA entities declare, through Hibernate ORM's boot metadata: the
 * only package of Strata that imports {@code org.hibernate}. It produces exactly the
 * schema Hibernate's {@code ddl-auto=create} would create, without letting Hibernate
 * execute DDL and without changing the metadata it reads.
 */
@NullMarked
package dev.strata.entity;

import org.jspecify.annotations.NullMarked;
