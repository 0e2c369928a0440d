package io.champa.health;

/** What the health monitor says about an engine node. */
public enum NodeStatus {
  /** Heartbeats arrive and the node reports no fault. */
  RUNNING,
  /** No heartbeat for three of the node's intervals, or it shut down cleanly. */
  DOWN,
  /** Heartbeats arrive, but the node reports a fault (e.g. its job executor is not active). */
  ERROR,
  /** An engine node without Champa, seen only in the engine's meter log or job locks. */
  UNKNOWN
}
