package io.champa.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The one error shape of Champa's API (RFC 9457 problem details), with optional extension members
 * such as {@code lockedUntil}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "status", "title", "detail" })
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  /** Prefix of Champa's own problem types; the rest names the kind, e.g. {@code account-locked}. */
  public static final String TYPE_BASE = "https://champa.io/problems/";

  private final String type;
  private final int status;
  private final String title;
  private final String detail;
  private final Map<String, Object> extensions;

  public Problem(String type, int status, String title, String detail, Map<String, Object> extensions) {
    this.type = type;
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
  }

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", status, title, detail, Map.of());
  }

  public String getType() {
    return type;
  }

  public int getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public String getDetail() {
    return detail;
  }

  @JsonAnyGetter
  public Map<String, Object> getExtensions() {
    return extensions;
  }
}
