package io.champa.system;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * JDBC access to the system database. Deliberately not a {@code JdbcTemplate} bean: Boot would
 * then not create the host's own one for its primary database.
 *
 * @param jdbc statements
 * @param transactions transactions on the system database
 */
public record SystemJdbc(JdbcTemplate jdbc, TransactionTemplate transactions) {

  public static SystemJdbc of(SystemDatabase database) {
    return new SystemJdbc(new JdbcTemplate(database.dataSource()),
        new TransactionTemplate(new DataSourceTransactionManager(database.dataSource())));
  }
}
