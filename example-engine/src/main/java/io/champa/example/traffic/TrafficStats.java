package io.champa.example.traffic;

import java.util.concurrent.atomic.AtomicLong;

/** Counts what the demo did since the last summary line, so the log says it once a minute, not per instance. */
public class TrafficStats {

  final AtomicLong started = new AtomicLong();
  final AtomicLong tasks = new AtomicLong();
  final AtomicLong externalCompleted = new AtomicLong();
  final AtomicLong externalFailed = new AtomicLong();
  final AtomicLong bpmnErrors = new AtomicLong();
  final AtomicLong messages = new AtomicLong();
  final AtomicLong incidentsRetried = new AtomicLong();
  final AtomicLong jobs = new AtomicLong();
  final AtomicLong roundErrors = new AtomicLong();

  /** One line with every counter, and resets them. */
  public String drainSummary() {
    return String.format("started %d instances, completed %d user tasks, external tasks %d done / %d failed / "
            + "%d BPMN errors, %d messages, %d jobs, %d incidents retried, %d round errors",
        started.getAndSet(0), tasks.getAndSet(0), externalCompleted.getAndSet(0), externalFailed.getAndSet(0),
        bpmnErrors.getAndSet(0), messages.getAndSet(0), jobs.getAndSet(0), incidentsRetried.getAndSet(0),
        roundErrors.getAndSet(0));
  }

  /** Instances started since the last summary, without resetting. */
  public long startedSoFar() {
    return started.get();
  }
}
