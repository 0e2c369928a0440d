package io.champa.example.traffic;

import java.util.List;

import io.champa.example.chaos.DemoRandom;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Plays the people: picks a share of the open user tasks, claims unassigned ones for a member of a
 * candidate group, and completes them with the outcome that person decided.
 */
public class UserTaskWorker {

  private static final int MAX_TASKS_PER_ROUND = 200;

  private final TaskService taskService;
  private final TaskOutcomes outcomes;
  private final DemoRandom random;

  public UserTaskWorker(TaskService taskService, TaskOutcomes outcomes, DemoRandom random) {
    this.taskService = taskService;
    this.outcomes = outcomes;
    this.random = random;
  }

  /** Completes about {@code share} of the open tasks (scaled by each task's pace); returns how many. */
  public int work(double share) {
    List<Task> open = taskService.createTaskQuery().active().orderByTaskCreateTime().asc()
        .listPage(0, MAX_TASKS_PER_ROUND);
    int completed = 0;
    for (Task task : open) {
      if (random.chance(share * outcomes.pace(task.getTaskDefinitionKey()))
          && Attempts.run("complete task " + task.getId(), () -> complete(task))) {
        completed++;
      }
    }
    return completed;
  }

  private void complete(Task task) {
    String user = task.getAssignee();
    if (user == null) {
      user = outcomes.userFor(candidateGroup(task.getId()));
      taskService.claim(task.getId(), user);
    }
    taskService.complete(task.getId(), outcomes.variables(task.getTaskDefinitionKey(), user));
  }

  private String candidateGroup(String taskId) {
    return taskService.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .findFirst()
        .orElse("accounting");
  }
}
