package io.champa.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Flyway migrations of the system database: schema {@code auth}, history table
 * {@code champa_schema_history}, scripts under {@code classpath:io/champa/db/migration}, so they
 * can never mix with a host application's own Flyway setup.
 */
final class SystemDbMigration {

  static final String HISTORY_TABLE = "champa_schema_history";
  static final String LOCATION = "classpath:io/champa/db/migration";

  private SystemDbMigration() {
  }

  static void migrate(DataSource dataSource) {
    String schema = schemaName(dataSource);
    Flyway.configure(SystemDbMigration.class.getClassLoader())
        .dataSource(dataSource)
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(true)
        .table(HISTORY_TABLE)
        .locations(LOCATION)
        .load()
        .migrate();
  }

  /**
   * Flyway quotes the schema name, Champa's SQL does not: {@code auth.users} means {@code AUTH} to
   * H2 in its default mode and {@code auth} to PostgreSQL. Asking the database how it folds
   * unquoted names keeps both (and an H2 URL with {@code DATABASE_TO_LOWER}) consistent.
   */
  private static String schemaName(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().storesUpperCaseIdentifiers() ? "AUTH" : "auth";
    } catch (SQLException e) {
      throw new IllegalStateException("Champa's system database is not reachable: " + e.getMessage(), e);
    }
  }
}
