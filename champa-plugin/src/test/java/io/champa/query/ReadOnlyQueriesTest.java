package io.champa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadOnlyQueriesTest {

  private final JdbcDataSource dataSource = new JdbcDataSource();
  private final QueryFile file = QueryFile.load(ReadOnlyQueriesTest.class, "test-queries.sql");

  @BeforeEach
  void createTables() throws SQLException {
    dataSource.setURL("jdbc:h2:mem:queries-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA CAMUNDA");
      statement.execute("CREATE TABLE CAMUNDA.ACT_RE_PROCDEF (ID_ VARCHAR(64), KEY_ VARCHAR(255), VERSION_ INT)");
      statement.execute("INSERT INTO CAMUNDA.ACT_RE_PROCDEF VALUES ('a:1', 'a', 1), ('a:2', 'a', 2), ('b:1', 'b', 1)");
    }
  }

  @Test
  void tablePrefixIsPutBeforeEveryTableName() {
    ReadOnlyQueries queries = new ReadOnlyQueries(dataSource, "CAMUNDA.", SqlDialect.H2, Duration.ofSeconds(5));

    assertThat(queries.number(file, "countByKey", Map.of("key", "a"))).isEqualTo(2);
  }

  @Test
  void parametersAreBoundSoAnSqlFragmentIsJustAValue() {
    ReadOnlyQueries queries = new ReadOnlyQueries(dataSource, "CAMUNDA.", SqlDialect.H2, Duration.ofSeconds(5));

    assertThat(queries.number(file, "countByKey", Map.of("key", "a' OR '1'='1"))).isZero();
  }

  @Test
  void rowLimitIsHonoured() {
    ReadOnlyQueries queries = new ReadOnlyQueries(dataSource, "CAMUNDA.", SqlDialect.H2, Duration.ofSeconds(5));

    List<String> ids = queries.list(file, "allIds", Map.of(), 2, row -> row.getString("ID_"));

    assertThat(ids).containsExactly("a:1", "a:2");
  }

  @Test
  void unboundedQueriesAreRefused() {
    ReadOnlyQueries queries = new ReadOnlyQueries(dataSource, "CAMUNDA.", SqlDialect.H2, Duration.ofSeconds(5));

    assertThatThrownBy(() -> queries.list(file, "allIds", Map.of(), ReadOnlyQueries.MAX_ROWS + 1, row -> 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dialectVariantWinsOverThePlainQuery() {
    assertThat(file.sql("dialectProbe", SqlDialect.POSTGRES)).contains("'postgres'");
    assertThat(file.sql("dialectProbe", SqlDialect.H2)).contains("'plain'");
  }

  @Test
  void missingParameterIsNamed() {
    ReadOnlyQueries queries = new ReadOnlyQueries(dataSource, "CAMUNDA.", SqlDialect.H2, Duration.ofSeconds(5));

    assertThatThrownBy(() -> queries.number(file, "countByKey", Map.of())).hasMessageContaining(":key");
  }

  @Test
  void prefixThatCouldCarrySqlIsRefused() {
    assertThatThrownBy(() -> new ReadOnlyQueries(dataSource, "x; DROP TABLE y; --", SqlDialect.H2, Duration.ofSeconds(5)))
        .hasMessageContaining("Unsupported engine table prefix");
  }

  @Test
  void queryFileThatWritesIsRefusedWhenLoaded() {
    assertThatThrownBy(() -> QueryFile.parse("bad.sql", "-- name: sneaky\nDELETE FROM ACT_RU_TASK"))
        .hasMessageContaining("not a SELECT");
  }

  @Test
  void castsAndQuotedColonsAreNotParameters() {
    NamedParameterSql sql = NamedParameterSql.parse("SELECT ':notParam', x::text FROM t WHERE a = :a AND b = :b");

    assertThat(sql.parameterNames()).containsExactly("a", "b");
    assertThat(sql.jdbcSql()).isEqualTo("SELECT ':notParam', x::text FROM t WHERE a = ? AND b = ?");
  }

  @Test
  void dialectIsRecognisedFromCamundaDatabaseType() {
    assertThat(SqlDialect.of("h2")).isEqualTo(SqlDialect.H2);
    assertThat(SqlDialect.of("postgres")).isEqualTo(SqlDialect.POSTGRES);
    assertThat(SqlDialect.of("PostgreSQL")).isEqualTo(SqlDialect.POSTGRES);
    assertThatThrownBy(() -> SqlDialect.of("db2")).hasMessageContaining("db2");
  }
}
