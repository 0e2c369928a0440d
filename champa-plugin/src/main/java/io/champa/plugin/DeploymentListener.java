package io.champa.plugin;

/**
 * Told about every deployment the engine makes. Cache eviction and the deploy-time lint gate
 * listen here.
 *
 * <p>{@link #beforeCommit} runs inside the deploying transaction: throwing there rolls the
 * deployment back, which is how a gate refuses a model. {@link #afterCommit} runs once the
 * deployment is durable and must not throw; a failure is logged and the next listener still
 * runs.
 */
public interface DeploymentListener {

  /** Called before the deployment commits; an exception aborts the deployment. */
  default void beforeCommit(DeploymentEvent event) {
  }

  /** Called after the deployment has committed. */
  default void afterCommit(DeploymentEvent event) {
  }
}
