package io.champa.example.traffic;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Executes the jobs that are due at the engine's current time, in place of the job executor, which
 * is paused while the back-fill moves the clock. A failing job is counted, not thrown: the engine
 * has already decremented its retries, which is how back-filled incidents come about.
 */
public class DueJobRunner {

  /** Jobs can create jobs (a timer before an async task); a few passes reach the next wait state. */
  private static final int PASSES = 4;

  private final ManagementService managementService;

  public DueJobRunner(ManagementService managementService) {
    this.managementService = managementService;
  }

  /** Runs due jobs until none are left or the passes are used up; returns how many succeeded. */
  public int runDue() {
    int succeeded = 0;
    for (int pass = 0; pass < PASSES; pass++) {
      List<Job> due = managementService.createJobQuery().executable().active().listPage(0, 500);
      if (due.isEmpty()) {
        break;
      }
      for (Job job : due) {
        if (Attempts.run("execute job " + job.getId(), () -> managementService.executeJob(job.getId()))) {
          succeeded++;
        }
      }
    }
    return succeeded;
  }
}
