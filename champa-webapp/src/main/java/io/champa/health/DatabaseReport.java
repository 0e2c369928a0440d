package io.champa.health;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The databases as the health screen shows them.
 *
 * @param camunda the engine's database: probe result (latency to borrow and validate a connection)
 * @param system Champa's system database: probe result
 * @param camundaPool the engine's connection pool
 * @param systemPool the system database's pool
 * @param largestTables the largest engine tables (PostgreSQL: bytes with indexes; H2: estimated rows)
 */
public record DatabaseReport(DatabaseStatus camunda, DatabaseStatus system, PoolStats camundaPool, PoolStats systemPool,
    List<TableSize> largestTables) {

  /**
   * @param table the table name
   * @param totalBytes size on disk with indexes and TOAST (PostgreSQL), null on H2
   * @param rowEstimate the database's row estimate
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TableSize(String table, Long totalBytes, Long rowEstimate) {
  }
}
