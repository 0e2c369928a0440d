package io.champa.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

import io.champa.auth.Permission;
import io.champa.auth.RoleStore;
import io.champa.auth.web.PermissionInterceptor;
import io.champa.auth.web.PermissionInterceptor.Requirement;
import io.champa.autoconfigure.ApiClient.Session;
import io.champa.autoconfigure.app.TestEngineApplication;
import io.champa.web.ChampaApiHandlerMapping;

/**
 * Walks every registered Champa endpoint with every system role: each endpoint declares what it
 * needs, a role without the permission gets 403, a role with it gets past the check.
 */
@SpringBootTest(classes = TestEngineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "spring.datasource.url=jdbc:h2:mem:champa-matrix-it;DB_CLOSE_DELAY=-1",
        "champa.system-db.url=jdbc:h2:mem:champa-matrix-it-system;DB_CLOSE_DELAY=-1",
        "camunda.bpm.admin-user.id=demo", "camunda.bpm.admin-user.password=demo",
        "champa.security.admin.username=admin", "champa.security.admin.password=Admin123secret",
        "champa.security.login-rate-limit.per-ip=100000", "champa.security.login-rate-limit.per-username=100000" })
class EndpointPermissionMatrixIT {

  private static final List<String> ROLES = List.of("administrator", "process_analyst", "process_operator", "viewer");

  @LocalServerPort
  int port;

  @Autowired
  @Qualifier("champaApiHandlerMapping")
  ChampaApiHandlerMapping mapping;

  @Autowired
  RoleStore roles;

  @Test
  void everyEndpointDeclaresWhatItNeeds() {
    assertThat(endpoints()).isNotEmpty().allSatisfy(endpoint ->
        assertThat(endpoint.requirement()).as(endpoint.toString()).isNotNull());
  }

  @Test
  void everyRoleIsAnsweredExactlyAsItsPermissionsSay() throws Exception {
    ApiClient api = new ApiClient(port);
    Session admin = api.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
    List<String> failures = new ArrayList<>();
    for (String role : ROLES) {
      String username = "matrix-" + role.replace('_', '-');
      api.createUser(admin, username, "Secret123", role, "human");
      Set<Permission> granted = roles.permissionsOf(role);
      Session session = api.login(username, "Secret123");
      for (Endpoint endpoint : endpoints()) {
        HttpResponse<String> response = send(api, endpoint, session);
        boolean allowed = endpoint.requirement().isPublic() || endpoint.requirement().permission() == null
            || granted.contains(Permission.FULL_ACCESS) || granted.contains(endpoint.requirement().permission());
        int status = response.statusCode();
        if (allowed ? (status == 401 || status == 403) : status != 403) {
          failures.add(role + " " + endpoint + " -> " + status + " (expected " + (allowed ? "allowed" : "403") + ")");
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void withoutSignInOnlyPublicEndpointsAnswer() throws Exception {
    ApiClient api = new ApiClient(port);
    for (Endpoint endpoint : endpoints()) {
      int status = send(api, endpoint, null).statusCode();
      if (endpoint.requirement().isPublic()) {
        assertThat(status).as(endpoint.toString()).isNotEqualTo(401);
      } else {
        assertThat(status).as(endpoint.toString()).isEqualTo(401);
      }
    }
  }

  /** A request the endpoint's mapping accepts, so only the permission decides the answer. */
  private static HttpResponse<String> send(ApiClient api, Endpoint endpoint, Session session) throws Exception {
    Map<String, String> headers = new java.util.HashMap<>();
    if (session != null) {
      headers.put("Authorization", "Bearer " + session.token());
    }
    String body = endpoint.body();
    if (body != null) {
      headers.put("Content-Type", endpoint.contentType());
      if (endpoint.contentType().startsWith("multipart/")) {
        body = "--champa--\r\n";
      }
    }
    return api.send(endpoint.method(), endpoint.path(), body, headers);
  }

  /** Every mapped method and path; logout last, so a role's session lives through its walk. */
  private List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
      Requirement requirement = PermissionInterceptor.requirementOf(entry.getValue());
      Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
      String contentType = entry.getKey().getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
          .map(type -> type.toString().startsWith("multipart/") ? type + "; boundary=champa" : type.toString())
          .orElse("application/json");
      for (String pattern : entry.getKey().getPatternValues()) {
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          endpoints.add(new Endpoint(method.name(), pattern.replaceAll("\\{[^}]+}", "no-such-id"), requirement, contentType));
        }
      }
    }
    endpoints.sort(Comparator.comparing((Endpoint endpoint) -> endpoint.path().endsWith("/auth/logout"))
        .thenComparing(Endpoint::path).thenComparing(Endpoint::method));
    return endpoints;
  }

  record Endpoint(String method, String path, Requirement requirement, String contentType) {
    String body() {
      return method.equals("GET") || method.equals("DELETE") ? null : "{}";
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }
}
