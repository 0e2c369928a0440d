package io.champa.plugin;

/**
 * A process or decision definition created by a deployment.
 *
 * @param type what kind of model it is
 * @param id the engine's definition id
 * @param key the definition key
 * @param version the version the engine assigned
 * @param resourceName the deployment resource it was parsed from
 */
public record DeployedDefinition(Type type, String id, String key, int version, String resourceName) {

  /** The kinds of definition Champa tracks. */
  public enum Type {
    PROCESS, DECISION, DECISION_REQUIREMENTS, CASE
  }
}
