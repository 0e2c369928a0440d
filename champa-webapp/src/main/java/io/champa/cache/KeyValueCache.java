package io.champa.cache;

import java.time.Duration;
import java.util.Optional;

/**
 * A shared key-value cache (Redis when configured). Every call may find the cache gone: reads
 * then answer empty and writes are dropped, so callers fall back to the database of record and a
 * user never sees an error because Redis is down.
 */
public interface KeyValueCache {

  Optional<String> get(String key);

  void put(String key, String value, Duration ttl);

  void delete(String key);

  /** Whether the last call reached the cache; for health reporting. */
  boolean available();

  /** No shared cache: every read misses. The embedded default. */
  KeyValueCache NONE = new KeyValueCache() {
    @Override
    public Optional<String> get(String key) {
      return Optional.empty();
    }

    @Override
    public void put(String key, String value, Duration ttl) {
    }

    @Override
    public void delete(String key) {
    }

    @Override
    public boolean available() {
      return false;
    }
  };
}
