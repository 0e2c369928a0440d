package io.champa.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A Redis server of the test's own, on a free loopback port, from Debian's {@code redis-server},
 * so a test can stop and start it without touching the machine's shared Redis. Fails with a
 * message saying how to install it when the binary is missing.
 */
public final class TestRedis implements AutoCloseable {

  private static final String BINARY = System.getenv().getOrDefault("CHAMPA_TEST_REDIS_SERVER", "redis-server");

  private final int port;
  private final Path dir;
  private Process process;

  private TestRedis(int port, Path dir) {
    this.port = port;
    this.dir = dir;
  }

  public static TestRedis start() {
    try {
      TestRedis redis = new TestRedis(freePort(), Files.createTempDirectory("champa-redis"));
      redis.startAgain();
      return redis;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start a test Redis", e);
    }
  }

  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public void stop() {
    if (process != null) {
      process.destroy();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
  }

  public void startAgain() {
    try {
      process = new ProcessBuilder(BINARY, "--port", String.valueOf(port), "--bind", "127.0.0.1", "--save", "",
          "--appendonly", "no", "--dir", dir.toString()).redirectErrorStream(true)
          .redirectOutput(dir.resolve("redis.log").toFile()).start();
    } catch (IOException e) {
      throw new IllegalStateException("Tests need Debian's redis-server on the PATH (apt-get install redis-server; "
          + ".ci/run does it), or CHAMPA_TEST_REDIS_SERVER pointing at one", e);
    }
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        sleep();
      }
    }
    throw new IllegalStateException("The test Redis did not start on port " + port);
  }

  @Override
  public void close() {
    stop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
