package io.champa.query;

import java.util.Locale;

/**
 * The databases Champa's own SQL is written for. Queries are plain SQL that both understand;
 * where they differ, a query file carries a variant named {@code name.dialect}.
 */
public enum SqlDialect {
  H2("h2"),
  POSTGRES("postgres");

  private final String suffix;

  SqlDialect(String suffix) {
    this.suffix = suffix;
  }

  /** The suffix of query variants for this dialect, e.g. {@code postgres} in {@code count.postgres}. */
  public String suffix() {
    return suffix;
  }

  /**
   * The dialect for a Camunda database type ({@code ProcessEngineConfiguration#getDatabaseType()})
   * or a JDBC product name.
   *
   * @throws IllegalArgumentException for a database Champa does not support yet
   */
  public static SqlDialect of(String databaseType) {
    String type = databaseType == null ? "" : databaseType.toLowerCase(Locale.ROOT);
    if (type.contains("h2")) {
      return H2;
    }
    if (type.contains("postgres")) {
      return POSTGRES;
    }
    throw new IllegalArgumentException("Champa does not support the database type '" + databaseType
        + "' yet; supported: h2, postgres");
  }
}
