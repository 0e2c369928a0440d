package io.champa.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import io.champa.system.DbTime;

/**
 * The key that signs session tokens: {@code champa.security.jwt-secret} when set, otherwise one
 * generated once and kept in {@code auth.system_config}, so every node signs and checks with the
 * same key. Two nodes starting together both try to insert; the loser reads the winner's.
 */
public final class JwtSecret {

  static final String CONFIG_KEY = "security.jwt-secret";

  private JwtSecret() {
  }

  public static byte[] resolve(String configured, JdbcTemplate jdbc) {
    if (configured != null && !configured.isEmpty()) {
      return configured.getBytes(StandardCharsets.UTF_8);
    }
    List<String> stored = read(jdbc);
    if (!stored.isEmpty()) {
      return Base64.getDecoder().decode(stored.get(0));
    }
    byte[] secret = new byte[64];
    new SecureRandom().nextBytes(secret);
    try {
      jdbc.update("INSERT INTO auth.system_config (config_key, config_value, updated_at, updated_by) VALUES (?, ?, ?, ?)",
          CONFIG_KEY, Base64.getEncoder().encodeToString(secret), DbTime.toDb(Instant.now()), "system");
      return secret;
    } catch (DataIntegrityViolationException lostTheRace) {
      return Base64.getDecoder().decode(read(jdbc).get(0));
    }
  }

  private static List<String> read(JdbcTemplate jdbc) {
    return jdbc.queryForList("SELECT config_value FROM auth.system_config WHERE config_key = ?", String.class, CONFIG_KEY);
  }
}
