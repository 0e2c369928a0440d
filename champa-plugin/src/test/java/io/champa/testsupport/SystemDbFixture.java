package io.champa.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;


/**
 * A system database with the heartbeat tables, made from the starter's own Flyway script (the one
 * source of the schema), on H2 or on the real PostgreSQL.
 */
public final class SystemDbFixture {

  private static final Path MIGRATION = Path.of("../champa-starter/src/main/resources/io/champa/db/migration/V3__node_heartbeats.sql");

  private SystemDbFixture() {
  }

  public static DataSource h2(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    return migrated(dataSource, "AUTH");
  }

  public static DataSource postgres(String purpose) {
    TestPostgres server = TestPostgres.server();
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(server.createDatabase(purpose));
    dataSource.setUser(server.user());
    dataSource.setPassword(server.password());
    return migrated(dataSource, "auth");
  }

  private static DataSource migrated(DataSource dataSource, String schema) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
      statement.execute("SET SCHEMA " + (schema.equals("auth") ? "'auth'" : schema));
      for (String sql : Files.readString(MIGRATION).split(";")) {
        String ddl = sql.lines().filter(line -> !line.trim().startsWith("--")).reduce("", (a, b) -> a + b + "\n").trim();
        if (!ddl.isEmpty()) {
          statement.execute(ddl);
        }
      }
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("Cannot create the heartbeat tables from " + MIGRATION.toAbsolutePath(), e);
    }
    return dataSource;
  }
}
