package io.champa.autoconfigure;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.champa.query.SqlDialect;
import io.champa.system.SystemDatabase;

/** Opens the system database pool and brings its schema up to date before anyone uses it. */
final class SystemDatabaseFactory {

  private SystemDatabaseFactory() {
  }

  static SystemDatabase create(ChampaSystemDbProperties properties) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("champa-system-db");
    config.setJdbcUrl(properties.getUrl());
    config.setUsername(properties.getUsername());
    config.setPassword(properties.getPassword());
    config.setMaximumPoolSize(properties.getMaximumPoolSize());
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      SqlDialect dialect = SqlDialect.of(properties.getUrl());
      SystemDbMigration.migrate(dataSource);
      return new SystemDatabase(dataSource, dialect);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }
}
