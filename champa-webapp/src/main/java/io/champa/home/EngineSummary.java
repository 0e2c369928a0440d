package io.champa.home;

import java.time.Instant;

/**
 * The first thing the home page shows: which engine this is and how much is deployed on it.
 *
 * @param engineName the process engine's name
 * @param camundaVersion the engine's version
 * @param champaVersion Champa's version
 * @param processDefinitions distinct keys and all versions of process definitions
 * @param decisionDefinitions distinct keys and all versions of decision definitions
 * @param deployments number of deployments
 * @param runningInstances process instances running now
 * @param timestamp when this was read
 */
public record EngineSummary(
    String engineName,
    String camundaVersion,
    String champaVersion,
    DefinitionCount processDefinitions,
    DefinitionCount decisionDefinitions,
    long deployments,
    long runningInstances,
    Instant timestamp) {

  /** How many keys, and how many versions over all keys. */
  public record DefinitionCount(long keys, long versions) {
  }
}
