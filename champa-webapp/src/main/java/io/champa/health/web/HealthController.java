package io.champa.health.web;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import io.champa.auth.PublicEndpoint;
import io.champa.health.DatabaseProbe;
import io.champa.health.DatabaseStatus;
import io.champa.web.ChampaApi;

/**
 * Liveness and database reachability, for load balancers and for the home page. Both answer
 * without signing in: they reveal nothing but up or down and a latency.
 */
@ChampaApi
@RequestMapping("/health")
public class HealthController {

  private final DatabaseProbe camundaDb;
  private final DatabaseProbe systemDb;

  public HealthController(DatabaseProbe camundaDb, DatabaseProbe systemDb) {
    this.camundaDb = camundaDb;
    this.systemDb = systemDb;
  }

  @GetMapping("/ping")
  @PublicEndpoint
  public Ping ping() {
    return new Ping("UP", Instant.now());
  }

  @GetMapping("/db")
  @PublicEndpoint
  public ResponseEntity<DatabaseHealth> databases() {
    DatabaseStatus camunda = camundaDb.probe();
    DatabaseStatus system = systemDb.probe();
    boolean up = camunda.isUp() && system.isUp();
    DatabaseHealth body = new DatabaseHealth(up ? "UP" : "DOWN", camunda, system, Instant.now());
    return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
  }

  /** Liveness: the node answers. */
  public record Ping(String status, Instant timestamp) {
  }

  /** Reachability of both databases Champa needs. */
  public record DatabaseHealth(String status, DatabaseStatus camundaDb, DatabaseStatus systemDb, Instant timestamp) {
  }
}
