package io.champa.plugin;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One deployment as the engine made it: what was deployed (every process and decision definition
 * with key and version) and the raw resources, by name.
 *
 * @param deploymentId the engine's deployment id
 * @param deploymentName the name given to the deployment, may be {@code null}
 * @param source the deployment source (e.g. {@code process application}), may be {@code null}
 * @param tenantId the tenant, {@code null} without multi-tenancy
 * @param definitions the definitions this deployment created
 * @param resources resource name to its bytes, as deployed
 */
public record DeploymentEvent(
    String deploymentId,
    String deploymentName,
    String source,
    String tenantId,
    List<DeployedDefinition> definitions,
    Map<String, byte[]> resources) {

  public DeploymentEvent {
    definitions = List.copyOf(definitions);
    resources = Map.copyOf(resources);
  }

  /** The distinct keys of all definitions in this deployment. */
  public Set<String> keys() {
    return definitions.stream().map(DeployedDefinition::key).collect(java.util.stream.Collectors.toSet());
  }
}
