package io.champa.system;

import javax.sql.DataSource;

import io.champa.query.SqlDialect;

/**
 * Champa's own database: schema {@code auth}, migrated by Flyway, shared by every Champa node.
 * Kept apart from the host's {@code DataSource} so it never becomes the application's primary
 * database by accident.
 *
 * @param dataSource the pooled connections
 * @param dialect which SQL variants to use
 */
public record SystemDatabase(DataSource dataSource, SqlDialect dialect) implements AutoCloseable {

  /** Closes the pool when Champa owns it. */
  @Override
  public void close() throws Exception {
    if (dataSource instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }
}
