package io.champa.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Runs named queries from {@link QueryFile}s against the Camunda database, read-only.
 *
 * <p>The engine's table prefix replaces {@code ${prefix}} in the SQL, parameters are always bound,
 * every query has a row limit, and the connection is put in read-only mode for the duration of
 * the query (PostgreSQL then refuses any write inside it).
 */
public final class ReadOnlyQueries {

  /** Upper bound for any single query, whatever a caller asks for. */
  public static final int MAX_ROWS = 100_000;

  private final DataSource dataSource;
  private final String tablePrefix;
  private final SqlDialect dialect;
  private final Duration timeout;

  public ReadOnlyQueries(DataSource dataSource, String tablePrefix, SqlDialect dialect, Duration timeout) {
    this.dataSource = dataSource;
    this.tablePrefix = TablePrefix.checked(tablePrefix);
    this.dialect = dialect;
    this.timeout = timeout;
  }

  /** Queries over an engine's own data source, with its table prefix and database type. */
  public static ReadOnlyQueries forEngine(ProcessEngineConfigurationImpl configuration) {
    return new ReadOnlyQueries(configuration.getDataSource(), configuration.getDatabaseTablePrefix(),
        SqlDialect.of(configuration.getDatabaseType()), Duration.ofSeconds(30));
  }

  /** The same engine tables read through another data source, e.g. a read replica. */
  public ReadOnlyQueries withDataSource(DataSource replica) {
    return new ReadOnlyQueries(replica, tablePrefix, dialect, timeout);
  }

  public ReadOnlyQueries withTimeout(Duration queryTimeout) {
    return new ReadOnlyQueries(dataSource, tablePrefix, dialect, queryTimeout);
  }

  public SqlDialect dialect() {
    return dialect;
  }

  public String tablePrefix() {
    return tablePrefix;
  }

  /** All rows of a query, at most {@code maxRows} of them. */
  public <T> List<T> list(QueryFile file, String name, Map<String, ?> parameters, int maxRows, RowMapper<T> mapper) {
    if (maxRows < 1 || maxRows > MAX_ROWS) {
      throw new IllegalArgumentException("maxRows must be between 1 and " + MAX_ROWS + ", was " + maxRows);
    }
    NamedParameterSql sql = NamedParameterSql.parse(file.sql(name, dialect).replace("${prefix}", tablePrefix));
    Object[] values = sql.values(parameters);
    try (Connection connection = dataSource.getConnection()) {
      boolean wasReadOnly = connection.isReadOnly();
      connection.setReadOnly(true);
      try {
        return run(connection, sql.jdbcSql(), values, maxRows, mapper);
      } finally {
        connection.setReadOnly(wasReadOnly);
      }
    } catch (SQLException e) {
      throw new QueryException("Query " + file.location() + "#" + name + " failed: " + e.getMessage(), e);
    }
  }

  /** The first row of a query, if there is one. */
  public <T> Optional<T> first(QueryFile file, String name, Map<String, ?> parameters, RowMapper<T> mapper) {
    return list(file, name, parameters, 1, mapper).stream().findFirst();
  }

  /** A single number, e.g. a {@code COUNT(*)}; 0 when the query returns no row or NULL. */
  public long number(QueryFile file, String name, Map<String, ?> parameters) {
    return first(file, name, parameters, row -> row.getLong(1)).orElse(0L);
  }

  private <T> List<T> run(Connection connection, String sql, Object[] values, int maxRows, RowMapper<T> mapper)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setMaxRows(maxRows);
      statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet resultSet = statement.executeQuery()) {
        while (resultSet.next()) {
          rows.add(mapper.map(resultSet));
        }
      }
      return rows;
    }
  }
}
