package io.champa.health;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a {@link DatabaseProbe} found.
 *
 * @param status {@code UP} or {@code DOWN}
 * @param latencyMs time to borrow and validate a connection
 * @param product the database product, when it answered
 * @param error why it is down, without connection details
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatabaseStatus(String status, long latencyMs, String product, String error) {

  static DatabaseStatus up(long latencyMs, String product) {
    return new DatabaseStatus("UP", latencyMs, product, null);
  }

  static DatabaseStatus down(long latencyMs, String error) {
    return new DatabaseStatus("DOWN", latencyMs, null, error);
  }

  public boolean isUp() {
    return "UP".equals(status);
  }
}
