package io.champa.lint;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.champa.system.DbTime;

/**
 * The lint configuration every node uses, in {@code auth.system_config} under {@code lint.config}:
 * an imported {@code .bpmnlintrc} (kept as text, so its {@code extends} keeps bpmnlint's meaning)
 * and per-rule overrides on top. Read on every use: it is one small row, and a change on one node
 * is then in force on all of them at once.
 */
public class LintSettings {

  static final String KEY = "lint.config";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;
  private final RuleRegistry registry;

  public LintSettings(JdbcTemplate jdbc, RuleRegistry registry) {
    this.jdbc = jdbc;
    this.registry = registry;
  }

  /** The stored form. */
  public record Stored(String bpmnlintrc, Map<String, String> severities, Map<String, Map<String, String>> parameters) {

    static final Stored EMPTY = new Stored(null, Map.of(), Map.of());
  }

  public LintConfig current() {
    return toConfig(stored());
  }

  public Stored stored() {
    List<String> rows = jdbc.queryForList("SELECT config_value FROM auth.system_config WHERE config_key = ?", String.class, KEY);
    if (rows.isEmpty() || rows.get(0) == null) {
      return Stored.EMPTY;
    }
    try {
      Stored stored = JSON.readValue(rows.get(0), Stored.class);
      return new Stored(stored.bpmnlintrc(), stored.severities() == null ? Map.of() : stored.severities(),
          stored.parameters() == null ? Map.of() : stored.parameters());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The stored lint configuration is not readable", e);
    }
  }

  /** Sets one rule's severity and parameters (names checked by the caller). */
  public void override(String ruleId, Severity severity, Map<String, String> parameters, String by) {
    Stored stored = stored();
    Map<String, String> severities = new HashMap<>(stored.severities());
    severities.put(ruleId, severity.label());
    Map<String, Map<String, String>> values = new HashMap<>(stored.parameters());
    if (parameters != null && !parameters.isEmpty()) {
      Map<String, String> merged = new HashMap<>(values.getOrDefault(ruleId, Map.of()));
      merged.putAll(parameters);
      values.put(ruleId, merged);
    }
    save(new Stored(stored.bpmnlintrc(), severities, values), by);
  }

  /** Replaces everything by an imported {@code .bpmnlintrc}; its warnings. */
  public List<String> importBpmnlintrc(String json, String by) {
    LintConfig parsed = LintConfig.fromBpmnlintrc(json, registry);
    save(new Stored(json, Map.of(), Map.of()), by);
    return parsed.warnings();
  }

  public void reset() {
    jdbc.update("DELETE FROM auth.system_config WHERE config_key = ?", KEY);
  }

  private LintConfig toConfig(Stored stored) {
    LintConfig config = stored.bpmnlintrc() == null ? LintConfig.defaults()
        : LintConfig.fromBpmnlintrc(stored.bpmnlintrc(), registry);
    for (Map.Entry<String, String> severity : stored.severities().entrySet()) {
      config = config.withSeverity(severity.getKey(), Severity.parse(severity.getValue()));
    }
    for (Map.Entry<String, Map<String, String>> rule : stored.parameters().entrySet()) {
      for (Map.Entry<String, String> parameter : rule.getValue().entrySet()) {
        config = config.withParameter(rule.getKey(), parameter.getKey(), parameter.getValue());
      }
    }
    return config;
  }

  private void save(Stored stored, String by) {
    String json;
    try {
      json = JSON.writeValueAsString(stored);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    if (json.length() > 8000) {
      throw io.champa.web.ApiProblem.badRequest("The lint configuration is too large to store (over 8000 characters)");
    }
    Object now = DbTime.toDb(Instant.now());
    int updated = jdbc.update("UPDATE auth.system_config SET config_value = ?, updated_at = ?, updated_by = ? WHERE config_key = ?",
        json, now, by, KEY);
    if (updated == 0) {
      jdbc.update("INSERT INTO auth.system_config (config_key, config_value, updated_at, updated_by) VALUES (?, ?, ?, ?)",
          KEY, json, now, by);
    }
  }
}
