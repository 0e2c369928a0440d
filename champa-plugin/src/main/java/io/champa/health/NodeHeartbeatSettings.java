package io.champa.health;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import javax.sql.DataSource;

/**
 * How a node beats: where to, how often, how long history is kept, and under which id.
 *
 * @param dataSource the system database
 * @param interval time between beats
 * @param historyRetention how long history rows are kept
 * @param nodeId this node's id
 * @param host this machine's host name
 */
public record NodeHeartbeatSettings(DataSource dataSource, Duration interval, Duration historyRetention, String nodeId,
    String host) {

  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);
  public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

  public NodeHeartbeatSettings {
    if (dataSource == null) {
      throw new IllegalArgumentException("The heartbeat needs the system database");
    }
    if (interval == null || interval.toMillis() < 100) {
      throw new IllegalArgumentException("heartbeatInterval must be at least 100 ms, was " + interval);
    }
    if (historyRetention == null || historyRetention.compareTo(interval) <= 0) {
      throw new IllegalArgumentException("heartbeatHistoryRetention must be longer than the interval, was "
          + historyRetention);
    }
    if (nodeId == null || nodeId.isBlank() || nodeId.length() > 200) {
      throw new IllegalArgumentException("nodeId must be 1 to 200 characters");
    }
  }

  /** The machine's host name, or {@code localhost} when it cannot be resolved. */
  public static String localHost() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  /**
   * A default id: host name, process id and four random hex digits, e.g.
   * {@code engine-1-4711-9f3a}, so two engines in one JVM (or a restarted one) never share an id.
   */
  public static String defaultNodeId(String host) {
    byte[] random = new byte[2];
    new SecureRandom().nextBytes(random);
    return host + "-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random);
  }
}
