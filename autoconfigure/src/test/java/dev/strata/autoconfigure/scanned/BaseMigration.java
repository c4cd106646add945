package dev.strata.autoconfigure.scanned;

import dev.strata.migration.Migration;

/**
 * A base class: abstract, so not a migration itself.
 */
public abstract class BaseMigration implements Migration {

}
