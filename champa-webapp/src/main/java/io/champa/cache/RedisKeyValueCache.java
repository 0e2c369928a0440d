package io.champa.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * {@link KeyValueCache} on Redis (or Redis Sentinel: a {@code redis-sentinel://} URL), through
 * Lettuce. Commands time out quickly; after a failure the cache is skipped for a short back-off
 * instead of making every request wait, and then tried again, so Redis coming back is picked up
 * without a restart. Lettuce reconnects by itself, including to a new master after failover.
 */
public class RedisKeyValueCache implements KeyValueCache, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RedisKeyValueCache.class);

  private final RedisClient client;
  private final Duration backOff;
  private final AtomicReference<Instant> skipUntil = new AtomicReference<>(Instant.MIN);
  private volatile StatefulRedisConnection<String, String> connection;
  private volatile boolean available;

  public RedisKeyValueCache(String url, Duration commandTimeout, Duration backOff) {
    RedisURI uri = RedisURI.create(url);
    uri.setTimeout(commandTimeout);
    this.client = RedisClient.create(uri);
    this.client.setOptions(ClientOptions.builder()
        .autoReconnect(true)
        // while disconnected, fail at once instead of queueing commands behind a dead link
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
        .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
        .build());
    this.backOff = backOff;
  }

  @Override
  public Optional<String> get(String key) {
    return Optional.ofNullable(call(commands -> commands.get(key)));
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    call(commands -> commands.psetex(key, Math.max(1, ttl.toMillis()), value));
  }

  @Override
  public void delete(String key) {
    call(commands -> commands.del(key));
  }

  @Override
  public boolean available() {
    return available;
  }

  private <T> T call(Function<RedisCommands<String, String>, T> command) {
    if (Instant.now().isBefore(skipUntil.get())) {
      return null;
    }
    try {
      T result = command.apply(connection().sync());
      if (!available) {
        LOG.info("Redis is reachable; Champa uses it again");
      }
      available = true;
      return result;
    } catch (RuntimeException e) {
      if (available || skipUntil.get().equals(Instant.MIN)) {
        LOG.warn("Redis is not reachable ({}); Champa falls back to its database", e.getClass().getSimpleName());
      }
      available = false;
      skipUntil.set(Instant.now().plus(backOff));
      return null;
    }
  }

  private StatefulRedisConnection<String, String> connection() {
    StatefulRedisConnection<String, String> current = connection;
    if (current == null) {
      synchronized (this) {
        current = connection;
        if (current == null) {
          current = client.connect();
          connection = current;
        }
      }
    }
    return current;
  }

  @Override
  public void close() {
    StatefulRedisConnection<String, String> current = connection;
    if (current != null) {
      current.close();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }
}
