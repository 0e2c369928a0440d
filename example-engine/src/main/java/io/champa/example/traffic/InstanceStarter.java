package io.champa.example.traffic;

import java.time.Year;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Starts entry-process instances by definition id: the latest version at the engine's current
 * time, so during the back-fill instances land on the version that was deployed on that day.
 */
public class InstanceStarter {

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final DemoData data;

  public InstanceStarter(RepositoryService repositoryService, RuntimeService runtimeService, DemoData data) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.data = data;
  }

  /** Starts {@code count} instances; returns how many started. */
  public int start(int count) {
    Year year = Year.from(ClockUtil.getCurrentTime().toInstant().atZone(ZoneOffset.UTC));
    int started = 0;
    for (int i = 0; i < count; i++) {
      StartRequest request = data.next(year);
      ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
          .processDefinitionKey(request.processKey())
          .latestVersion()
          .singleResult();
      if (definition != null) {
        runtimeService.startProcessInstanceById(definition.getId(), request.businessKey(), request.variables());
        started++;
      }
    }
    return started;
  }
}
