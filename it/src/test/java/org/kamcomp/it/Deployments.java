package org.kamcomp.it;

/**
 * What the in-container tests deploy: the domain and the engine, without the start-up migration.
 */
final class Deployments {

  private Deployments() {}

  /**
   * Every domain package but {@code migration}: the platform already migrated the schema, and
   * Flyway is not in the test archive.
   */
  static final String[] DOMAIN_PACKAGES = {
    "org.kamcomp.domain.access",
    "org.kamcomp.domain.account",
    "org.kamcomp.domain.actual",
    "org.kamcomp.domain.assignment",
    "org.kamcomp.domain.audit",
    "org.kamcomp.domain.imports",
    "org.kamcomp.domain.participant",
    "org.kamcomp.domain.plan",
    "org.kamcomp.domain.problem",
    "org.kamcomp.domain.role",
    "org.kamcomp.domain.time"
  };

  /**
   * The engine's own package, which the domain's types use (its calculator, with its JSON library,
   * stays out).
   */
  static final String SCORING_PACKAGE = "org.kamcomp.scoring";
}
