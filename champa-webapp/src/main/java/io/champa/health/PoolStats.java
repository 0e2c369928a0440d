package io.champa.health;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.util.ClassUtils;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * A connection pool's occupancy, read from HikariCP's pool bean (no connection is borrowed). For
 * any other pool the figures are unknown and {@code known} is false.
 *
 * @param name the pool's name
 * @param known whether the pool could be read
 * @param active connections in use
 * @param idle connections waiting in the pool
 * @param max the pool's maximum size
 * @param waiting threads waiting for a connection
 * @param utilizationPercent active against max, 0..100
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PoolStats(String name, boolean known, Integer active, Integer idle, Integer max, Integer waiting,
    Double utilizationPercent) {

  private static final boolean HIKARI = ClassUtils.isPresent("com.zaxxer.hikari.HikariDataSource",
      PoolStats.class.getClassLoader());

  public static PoolStats of(String name, DataSource dataSource) {
    if (HIKARI) {
      PoolStats stats = Hikari.read(name, dataSource);
      if (stats != null) {
        return stats;
      }
    }
    return new PoolStats(name, false, null, null, null, null, null);
  }

  /** Kept apart so that without HikariCP on the class path nothing loads its classes. */
  private static final class Hikari {

    static PoolStats read(String name, DataSource dataSource) {
      try {
        HikariDataSource hikari = dataSource instanceof HikariDataSource direct ? direct
            : dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        HikariPoolMXBean pool = hikari == null ? null : hikari.getHikariPoolMXBean();
        if (pool == null) {
          return null;
        }
        int active = pool.getActiveConnections();
        int max = hikari.getMaximumPoolSize();
        return new PoolStats(hikari.getPoolName() != null ? hikari.getPoolName() : name, true, active,
            pool.getIdleConnections(), max, pool.getThreadsAwaitingConnection(),
            max <= 0 ? null : Math.round(1000.0 * active / max) / 10.0);
      } catch (SQLException | RuntimeException e) {
        return null;
      }
    }
  }
}
