package io.champa.web;

/**
 * Where Champa lives under the host: Camunda's webapp application path (default
 * {@code /camunda}) decides both the API base and the UI's location beside Cockpit.
 *
 * @param applicationPath Camunda's {@code camunda.bpm.webapp.application-path}
 */
public record ApiPaths(String applicationPath) {

  public ApiPaths {
    applicationPath = applicationPath == null || applicationPath.equals("/") ? "" : stripTrailingSlash(applicationPath);
  }

  /** The JSON API base, e.g. {@code /camunda/champa/api}. */
  public String apiBase() {
    return applicationPath + "/champa/api";
  }

  /** The UI for an engine, e.g. {@code /camunda/app/champa/default/}. */
  public String ui(String engineName) {
    return applicationPath + "/app/champa/" + engineName + "/";
  }

  /** Whether a request path (without context path) belongs to Champa's API. */
  public boolean isApi(String path) {
    return path.equals(apiBase()) || path.startsWith(apiBase() + "/");
  }

  private static String stripTrailingSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
