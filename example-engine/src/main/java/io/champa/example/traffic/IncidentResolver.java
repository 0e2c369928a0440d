package io.champa.example.traffic;

import java.util.List;

import io.champa.example.chaos.DemoRandom;
import io.champa.example.chaos.FailureInjector;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * Plays the operator: fixes the cause of a share of the open incidents and gives them another retry,
 * as someone does in Cockpit after the backend is back. The rest stay open, some for days.
 */
public class IncidentResolver {

  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final ExternalTaskService externalTaskService;
  private final DemoRandom random;
  private final FailureInjector failures;

  public IncidentResolver(RuntimeService runtimeService, ManagementService managementService,
      ExternalTaskService externalTaskService, DemoRandom random, FailureInjector failures) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.externalTaskService = externalTaskService;
    this.random = random;
    this.failures = failures;
  }

  /** Retries about {@code share} of the open incidents; returns how many. */
  public int resolve(double share) {
    List<Incident> open = runtimeService.createIncidentQuery().listPage(0, 200);
    int resolved = 0;
    for (Incident incident : open) {
      if (random.chance(share) && Attempts.run("resolve incident " + incident.getId(), () -> retry(incident))) {
        resolved++;
      }
    }
    return resolved;
  }

  private void retry(Incident incident) {
    // The operator fixed the cause first; otherwise a broken case would fail again at once.
    failures.recovered(incident.getProcessInstanceId());
    String target = incident.getConfiguration();
    switch (incident.getIncidentType()) {
      case Incident.FAILED_JOB_HANDLER_TYPE -> managementService.setJobRetries(target, 1);
      case Incident.EXTERNAL_TASK_HANDLER_TYPE -> externalTaskService.setRetries(target, 1);
      default -> { }
    }
  }
}
