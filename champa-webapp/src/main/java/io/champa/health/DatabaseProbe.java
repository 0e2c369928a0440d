package io.champa.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a database whether it answers and how fast: the time to borrow a connection and have the
 * driver validate it, which is what a request would pay before its first query.
 */
public class DatabaseProbe {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseProbe.class);
  private static final int TIMEOUT_SECONDS = 3;

  private final String name;
  private final DataSource dataSource;

  public DatabaseProbe(String name, DataSource dataSource) {
    this.name = name;
    this.dataSource = dataSource;
  }

  public DatabaseStatus probe() {
    long start = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(TIMEOUT_SECONDS);
      long latencyMs = (System.nanoTime() - start) / 1_000_000;
      String product = connection.getMetaData().getDatabaseProductName();
      return valid ? DatabaseStatus.up(latencyMs, product) : DatabaseStatus.down(latencyMs, "connection is not valid");
    } catch (SQLException e) {
      long latencyMs = (System.nanoTime() - start) / 1_000_000;
      // the message of a connection failure can carry the URL; it stays in the log, not in the answer
      LOG.warn("{} database is not reachable: {}", name, e.getMessage());
      return DatabaseStatus.down(latencyMs, "not reachable");
    }
  }
}
