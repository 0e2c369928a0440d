package io.champa.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The real PostgreSQL server tests run against: the local one (CHAMPA_TEST_PG_HOST, _PORT, _USER,
 * _PASSWORD; default 127.0.0.1:5432, user postgres, no password), else a Testcontainers one where
 * Docker runs, else a failure that says how to start one. Never a silent skip.
 *
 * <p>Each call to {@link #createDatabase} makes a fresh, uniquely named database, so tests do not
 * see each other's data.
 */
public final class TestPostgres {

  private static final String PREFIX = "champa_t_";
  private static final Duration STALE_AFTER = Duration.ofHours(3);
  private static TestPostgres instance;

  private final String host;
  private final int port;
  private final String user;
  private final String password;

  private TestPostgres(String host, int port, String user, String password) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
  }

  public static synchronized TestPostgres server() {
    if (instance == null) {
      instance = locate();
      instance.dropStaleDatabases();
    }
    return instance;
  }

  /**
   * A new empty database; its JDBC URL. It is left for the Spring contexts that cache it and
   * dropped by a later run once it is stale, so a test never pulls a database from under an
   * engine that is still shutting down.
   */
  public String createDatabase(String purpose) {
    String name = PREFIX + Instant.now().getEpochSecond() + "_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
    execute("CREATE DATABASE " + name);
    return url(name);
  }

  private void dropStaleDatabases() {
    long staleBefore = Instant.now().minus(STALE_AFTER).getEpochSecond();
    for (String name : databaseNames()) {
      String[] parts = name.substring(PREFIX.length()).split("_", 2);
      if (parts[0].matches("\\d+") && Long.parseLong(parts[0]) < staleBefore) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }
  }

  private List<String> databaseNames() {
    List<String> names = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url("postgres"), user, password);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'champa\\_t\\_%'")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list test databases", e);
    }
    return names;
  }

  /** Runs a statement as the admin user on the maintenance database. */
  public void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(url("postgres"), user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL statement failed: " + sql, e);
    }
  }

  public String url(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  private static TestPostgres locate() {
    TestPostgres local = new TestPostgres(env("CHAMPA_TEST_PG_HOST", "127.0.0.1"),
        Integer.parseInt(env("CHAMPA_TEST_PG_PORT", "5432")), env("CHAMPA_TEST_PG_USER", "postgres"),
        env("CHAMPA_TEST_PG_PASSWORD", ""));
    if (local.answers()) {
      return local;
    }
    if (dockerAvailable()) {
      PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
      container.start();
      return new TestPostgres(container.getHost(), container.getFirstMappedPort(), container.getUsername(),
          container.getPassword());
    }
    throw new IllegalStateException("Tests need PostgreSQL and none answers at " + local.url("postgres")
        + " and Docker is not available. Start it (Debian: pg_ctlcluster 15 main start, or .ci/run does it) "
        + "or point CHAMPA_TEST_PG_HOST/_PORT/_USER/_PASSWORD at one.");
  }

  private boolean answers() {
    try (Connection ignored = DriverManager.getConnection(url("postgres"), user, password)) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
