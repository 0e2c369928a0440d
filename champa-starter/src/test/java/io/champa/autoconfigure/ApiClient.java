package io.champa.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small HTTP client for Champa's API in tests: sign in, then call with the bearer token or with
 * the session cookie and CSRF header, as a browser would.
 */
final class ApiClient {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "Admin123secret";
  /** The properties every security test application uses for its first administrator. */
  static final String[] ADMIN_PROPERTIES = { "champa.security.admin.username=" + ADMIN,
      "champa.security.admin.password=" + ADMIN_PASSWORD, "champa.security.login-rate-limit.per-ip=100000",
      "champa.security.login-rate-limit.per-username=100000" };

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;

  ApiClient(int port) {
    this.port = port;
  }

  /** A signed-in caller. */
  record Session(String token, String cookie, String csrf, JsonNode body) {
  }

  Session login(String username, String password) throws Exception {
    return login(username, password, false);
  }

  Session login(String username, String password, boolean rememberMe) throws Exception {
    HttpResponse<String> response = loginResponse(username, password, rememberMe);
    if (response.statusCode() != 200) {
      throw new AssertionError("sign-in of " + username + " failed: " + response.statusCode() + " " + response.body());
    }
    JsonNode body = JSON.readTree(response.body());
    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    return new Session(body.path("token").asText(), cookie, body.path("csrfToken").asText(), body);
  }

  HttpResponse<String> loginResponse(String username, String password, boolean rememberMe) throws Exception {
    return send("POST", "/camunda/champa/api/auth/login",
        JSON.writeValueAsString(Map.of("username", username, "password", password, "rememberMe", rememberMe)), Map.of());
  }

  HttpResponse<String> get(String path, Session session) throws Exception {
    return send("GET", path, null, bearer(session));
  }

  HttpResponse<String> send(String method, String path, Object body, Session session) throws Exception {
    return send(method, path, body == null ? null : JSON.writeValueAsString(body), bearer(session));
  }

  HttpResponse<String> sendJson(String method, String path, String json, Session session) throws Exception {
    return send(method, path, json, bearer(session));
  }

  /** As a browser: the cookie, and the CSRF header on state-changing requests. */
  HttpResponse<String> sendWithCookie(String method, String path, Object body, Session session, boolean withCsrf)
      throws Exception {
    Map<String, String> headers = withCsrf ? Map.of("Cookie", session.cookie(), "X-Champa-CSRF", session.csrf())
        : Map.of("Cookie", session.cookie());
    return send(method, path, body == null ? null : JSON.writeValueAsString(body), headers);
  }

  HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null && !headers.containsKey("Content-Type")) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Creates a user through the admin API as the first administrator; its id. */
  String createUser(Session admin, String username, String password, String role, String type) throws Exception {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "role", role, "type", type));
    if (password != null) {
      body.put("password", password);
    }
    HttpResponse<String> response = send("POST", "/camunda/champa/api/admin/users", body, admin);
    if (response.statusCode() != 201) {
      throw new AssertionError("creating " + username + " failed: " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body()).path("id").asText();
  }

  static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  private static Map<String, String> bearer(Session session) {
    return session == null ? Map.of() : Map.of("Authorization", "Bearer " + session.token());
  }
}
