package io.champa.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import io.champa.autoconfigure.ApiClient.Session;
import io.champa.autoconfigure.app.TestEngineApplication;
import io.champa.cache.KeyValueCache;
import io.champa.system.SystemJdbc;
import io.champa.testsupport.TestRedis;
import io.jsonwebtoken.Jwts;

/**
 * Sign-in, sessions, tokens, CSRF, lock-out and the audit chain against a real engine, the H2
 * system database and a Redis of the test's own that it can stop.
 */
@SpringBootTest(classes = TestEngineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "spring.datasource.url=jdbc:h2:mem:champa-security-it;DB_CLOSE_DELAY=-1",
        "champa.system-db.url=jdbc:h2:mem:champa-security-it-system;DB_CLOSE_DELAY=-1",
        "camunda.bpm.admin-user.id=demo", "camunda.bpm.admin-user.password=demo",
        "champa.security.admin.username=admin", "champa.security.admin.password=Admin123secret",
        "champa.security.login-rate-limit.per-ip=100000", "champa.security.login-rate-limit.per-username=100000",
        "champa.security.jwt-secret=" + SecurityIT.JWT_SECRET,
        "champa.security.camunda-sign-in.enabled=true", "champa.redis.back-off=200ms" })
class SecurityIT {

  static final String JWT_SECRET = "a-test-secret-that-is-long-enough-for-hs256";
  private static final TestRedis REDIS = TestRedis.start();

  @LocalServerPort
  int port;

  @Autowired
  SystemJdbc system;

  @Autowired
  KeyValueCache sharedCache;

  private ApiClient api;
  private Session admin;

  @DynamicPropertySource
  static void redis(DynamicPropertyRegistry registry) {
    registry.add("champa.redis.url", REDIS::url);
  }

  @AfterAll
  static void stopRedis() {
    REDIS.close();
  }

  @BeforeEach
  void signInAdmin() throws Exception {
    api = new ApiClient(port);
    admin = api.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
  }

  @Test
  void signInAnswersTokenUserAndAStrictHttpOnlyCookie() throws Exception {
    HttpResponse<String> response = api.loginResponse(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD, false);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = ApiClient.json(response);
    assertThat(body.path("token").asText()).isNotBlank();
    assertThat(body.path("user").path("username").asText()).isEqualTo("admin");
    assertThat(body.path("user").path("role").asText()).isEqualTo("administrator");
    assertThat(body.path("user").path("permissions").toString()).contains("full_access");
    assertThat(body.path("user").has("passwordHash")).isFalse();
    assertThat(Instant.parse(body.path("expiresAt").asText())).isAfter(Instant.now());
    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("CHAMPA_SESSION=").contains("HttpOnly", "SameSite=Strict", "Path=/camunda")
        .doesNotContain("Max-Age");
  }

  @Test
  void unknownUserAndWrongPasswordGetTheSameAnswer() throws Exception {
    HttpResponse<String> wrongPassword = api.loginResponse(ApiClient.ADMIN, "Wrong123password", false);
    HttpResponse<String> unknownUser = api.loginResponse("nobody-" + System.nanoTime(), "Wrong123password", false);

    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(unknownUser.statusCode()).isEqualTo(401);
    assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
  }

  @Test
  void fiveFailuresLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
    String name = "locked-" + System.nanoTime();
    String id = api.createUser(admin, name, "Secret123", "viewer", "human");

    for (int i = 1; i <= 4; i++) {
      assertThat(api.loginResponse(name, "Wrong123", false).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> fifth = api.loginResponse(name, "Wrong123", false);
    HttpResponse<String> rightPasswordWhileLocked = api.loginResponse(name, "Secret123", false);

    assertThat(fifth.statusCode()).isEqualTo(403);
    assertThat(Instant.parse(ApiClient.json(fifth).path("lockedUntil").asText()))
        .isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(16 * 60));
    assertThat(rightPasswordWhileLocked.statusCode()).isEqualTo(403);
    assertThat(ApiClient.json(rightPasswordWhileLocked).path("type").asText()).endsWith("/account-locked");

    assertThat(api.send("POST", "/camunda/champa/api/admin/users/" + id + "/unlock", Map.of(), admin).statusCode()).isEqualTo(200);
    assertThat(api.loginResponse(name, "Secret123", false).statusCode()).isEqualTo(200);
  }

  @Test
  void unknownUserNamesLockLikeRealOnesSoNobodyCanProbeWhichExist() throws Exception {
    String unknown = "ghost-" + System.nanoTime();
    for (int i = 1; i <= 4; i++) {
      assertThat(api.loginResponse(unknown, "Wrong123", false).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> fifth = api.loginResponse(unknown, "Wrong123", false);

    assertThat(fifth.statusCode()).isEqualTo(403);
    assertThat(ApiClient.json(fifth).has("lockedUntil")).isTrue();
  }

  @Test
  void rememberMeKeepsTheSessionThirtyDays() throws Exception {
    HttpResponse<String> response = api.loginResponse(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD, true);

    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    long maxAge = Long.parseLong(cookie.replaceAll(".*Max-Age=(\\d+).*", "$1"));
    assertThat(maxAge).isBetween(30L * 86400 - 60, 30L * 86400);
    Instant expiresAt = Instant.parse(ApiClient.json(response).path("expiresAt").asText());
    assertThat(expiresAt).isBetween(Instant.now().plusSeconds(30L * 86400 - 60), Instant.now().plusSeconds(30L * 86400));
  }

  @Test
  void logoutEndsTheSessionAtOnce() throws Exception {
    Session session = api.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);

    assertThat(api.send("POST", "/camunda/champa/api/auth/logout", Map.of(), session).statusCode()).isEqualTo(204);

    assertThat(api.get("/camunda/champa/api/auth/me", session).statusCode()).isEqualTo(401);
  }

  @Test
  void sessionRevokedByAnAdministratorIsRefusedOnTheNextRequest() throws Exception {
    Session victim = api.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
    String sessionId = findSessionIdOf(victim);

    assertThat(api.send("DELETE", "/camunda/champa/api/admin/sessions/" + sessionId, null, admin).statusCode()).isEqualTo(204);

    HttpResponse<String> next = api.get("/camunda/champa/api/home", victim);
    assertThat(next.statusCode()).isEqualTo(401);
    assertThat(ApiClient.json(next).path("detail").asText()).contains("ended");
  }

  @Test
  void apiTokenWorksAsBearerAndBasicUntilRevoked() throws Exception {
    String name = "scraper-" + System.nanoTime();
    createRole("api-reader-" + name.hashCode(), "api_access", "health_monitor_data");
    String id = api.createUser(admin, name, null, "api-reader-" + name.hashCode(), "api");
    JsonNode created = ApiClient.json(api.send("POST", "/camunda/champa/api/admin/api-tokens",
        Map.of("userId", id, "name", "prometheus", "lifetimeDays", 30), admin));
    String token = created.path("token").asText();
    Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
    String basic = Base64.getEncoder().encodeToString((name + ":" + token).getBytes(StandardCharsets.UTF_8));

    assertThat(token).startsWith("champa_");
    assertThat(api.send("GET", "/camunda/champa/api/home", null, bearer).statusCode()).isEqualTo(200);
    assertThat(api.send("GET", "/camunda/champa/api/home", null, Map.of("Authorization", "Basic " + basic)).statusCode())
        .isEqualTo(200);
    assertThat(api.send("GET", "/camunda/champa/api/admin/users", null, bearer).statusCode()).isEqualTo(403);
    assertThat(ApiClient.json(api.get("/camunda/champa/api/admin/api-tokens?userId=" + id, admin)).toString())
        .doesNotContain(token);
    assertThat(api.loginResponse(name, "anything1A", false).statusCode()).isEqualTo(401);

    api.send("DELETE", "/camunda/champa/api/admin/api-tokens/" + created.path("id").asText(), null, admin);

    assertThat(api.send("GET", "/camunda/champa/api/home", null, bearer).statusCode()).isEqualTo(401);
  }

  @Test
  void tokenOfAUserWithoutApiAccessIsRefused() throws Exception {
    String name = "noapi-" + System.nanoTime();
    String id = api.createUser(admin, name, null, "viewer", "api");
    String token = ApiClient.json(api.send("POST", "/camunda/champa/api/admin/api-tokens",
        Map.of("userId", id, "name", "t"), admin)).path("token").asText();

    HttpResponse<String> response = api.send("GET", "/camunda/champa/api/home", null, Map.of("Authorization", "Bearer " + token));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void expiredTamperedAndUnsignedTokensAreRefused() throws Exception {
    String sessionId = findSessionIdOf(admin);
    SecretKeySpec key = new SecretKeySpec(JWT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    String expired = Jwts.builder().subject("x").claim("sid", sessionId).issuedAt(Date.from(Instant.now().minusSeconds(7200)))
        .expiration(Date.from(Instant.now().minusSeconds(60))).signWith(key, Jwts.SIG.HS256).compact();
    String[] parts = admin.token().split("\\.");
    String tamperedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"sid\"", "\"sid\" ").getBytes(StandardCharsets.UTF_8));
    String tampered = parts[0] + "." + tamperedPayload + "." + parts[2];
    String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
        + "." + parts[1] + ".";
    String otherKey = Jwts.builder().subject("x").claim("sid", sessionId).expiration(Date.from(Instant.now().plusSeconds(600)))
        .signWith(new SecretKeySpec("another-key-another-key-another-key!!".getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
            Jwts.SIG.HS256).compact();

    for (String token : new String[] { expired, tampered, none, otherKey }) {
      assertThat(api.send("GET", "/camunda/champa/api/home", null, Map.of("Authorization", "Bearer " + token)).statusCode())
          .as(token).isEqualTo(401);
    }
    assertThat(api.get("/camunda/champa/api/home", admin).statusCode()).isEqualTo(200);
  }

  @Test
  void cookieSessionsNeedTheCsrfHeaderToChangeAnything() throws Exception {
    Session session = api.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);

    assertThat(api.sendWithCookie("GET", "/camunda/champa/api/auth/me", null, session, false).statusCode()).isEqualTo(200);
    assertThat(api.sendWithCookie("POST", "/camunda/champa/api/auth/logout", Map.of(), session, false).statusCode()).isEqualTo(403);
    assertThat(api.sendWithCookie("GET", "/camunda/champa/api/auth/me", null, session, false).statusCode()).isEqualTo(200);
    assertThat(api.sendWithCookie("POST", "/camunda/champa/api/auth/logout", Map.of(), session, true).statusCode()).isEqualTo(204);
  }

  @Test
  void sqlFragmentsAndHugeBodiesOnSignInGet4xxAndChangeNothing() throws Exception {
    long users = count("auth.users");
    long sessions = count("auth.sessions");

    HttpResponse<String> injection = api.loginResponse("admin' OR '1'='1' --", "' OR '1'='1", false);
    String huge = "{\"username\":\"admin\",\"password\":\"" + "x".repeat(1024 * 1024) + "\"}";
    HttpResponse<String> tooBig = api.send("POST", "/camunda/champa/api/auth/login", huge, Map.of());
    HttpResponse<String> notJson = api.send("POST", "/camunda/champa/api/auth/login", "{username: admin", Map.of());

    assertThat(injection.statusCode()).isEqualTo(401);
    assertThat(tooBig.statusCode()).isEqualTo(413);
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(tooBig).path("status").asInt()).isEqualTo(413);
    assertThat(count("auth.users")).isEqualTo(users);
    assertThat(count("auth.sessions")).isEqualTo(sessions);
    assertThat(api.loginResponse(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD, false).statusCode()).isEqualTo(200);
  }

  @Test
  void auditChainDetectsAnEditedRow() throws Exception {
    api.createUser(admin, "audited-" + System.nanoTime(), "Secret123", "viewer", "human");
    JsonNode before = ApiClient.json(api.get("/camunda/champa/api/admin/audit/verify", admin));
    long target = system.jdbc().queryForObject("SELECT MAX(seq) FROM auth.audit_log WHERE action = 'user_created'", Long.class);

    system.jdbc().update("UPDATE auth.audit_log SET detail = 'nothing to see' WHERE seq = ?", target);
    JsonNode after = ApiClient.json(api.get("/camunda/champa/api/admin/audit/verify", admin));

    assertThat(before.path("valid").asBoolean()).isTrue();
    assertThat(after.path("valid").asBoolean()).isFalse();
    assertThat(after.path("firstBrokenId").asLong()).isEqualTo(target);
    system.jdbc().update("DELETE FROM auth.audit_log WHERE seq >= ?", target);
    system.jdbc().update("UPDATE auth.audit_chain SET last_seq = (SELECT MAX(seq) FROM auth.audit_log),"
        + " last_hash = (SELECT hash FROM auth.audit_log WHERE seq = (SELECT MAX(seq) FROM auth.audit_log)) WHERE id = 1");
  }

  @Test
  void auditLogRecordsSignInsAndDenialsAndFiltersThem() throws Exception {
    String name = "viewer-" + System.nanoTime();
    api.createUser(admin, name, "Secret123", "viewer", "human");
    Session viewer = api.login(name, "Secret123");
    api.get("/camunda/champa/api/admin/users", viewer);

    JsonNode denied = ApiClient.json(api.get("/camunda/champa/api/admin/audit?user=" + name + "&action=permission_denied", admin));
    JsonNode logins = ApiClient.json(api.get("/camunda/champa/api/admin/audit?q=" + name + "&action=login_success", admin));

    assertThat(denied.path("total").asLong()).isEqualTo(1);
    assertThat(denied.path("items").get(0).path("resourceId").asText()).contains("/admin/users");
    assertThat(logins.path("total").asLong()).isEqualTo(1);
    assertThat(api.get("/camunda/champa/api/admin/audit?action=drop_table", admin).statusCode()).isEqualTo(400);
    assertThat(api.get("/camunda/champa/api/admin/audit?size=100000", admin).statusCode()).isEqualTo(400);
  }

  @Test
  void redisStoppedMidTestLeavesUsersSignedInAndIsUsedAgainWhenBack() throws Exception {
    Session session = api.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
    assertThat(api.get("/camunda/champa/api/home", session).statusCode()).isEqualTo(200);
    assertThat(sharedCache.available()).isTrue();

    REDIS.stop();
    try {
      assertThat(api.get("/camunda/champa/api/home", session).statusCode()).isEqualTo(200);
      assertThat(api.get("/camunda/champa/api/home", session).statusCode()).isEqualTo(200);
      assertThat(sharedCache.available()).isFalse();
      Session signedInWhileDown = api.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
      assertThat(api.get("/camunda/champa/api/home", signedInWhileDown).statusCode()).isEqualTo(200);
    } finally {
      REDIS.startAgain();
    }

    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
      api.get("/camunda/champa/api/home", session);
      return sharedCache.available();
    });
    assertThat(api.get("/camunda/champa/api/home", session).statusCode()).isEqualTo(200);
  }

  @Test
  void passwordPolicyIsEnforcedAndUsersChangeTheirOwn() throws Exception {
    String name = "pw-" + System.nanoTime();
    HttpResponse<String> weak = api.send("POST", "/camunda/champa/api/admin/users",
        Map.of("username", name, "password", "short", "role", "viewer", "type", "human"), admin);
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(weak).path("detail").asText()).contains("at least 8 characters");

    api.createUser(admin, name, "Secret123", "viewer", "human");
    Session user = api.login(name, "Secret123");
    assertThat(api.send("POST", "/camunda/champa/api/auth/password",
        Map.of("currentPassword", "Secret123", "newPassword", "Better456"), user).statusCode()).isEqualTo(204);

    assertThat(api.loginResponse(name, "Secret123", false).statusCode()).isEqualTo(401);
    assertThat(api.loginResponse(name, "Better456", false).statusCode()).isEqualTo(200);
  }

  @Test
  void camundaUsersSignInWithCamundaCredentialsAndGetTheRoleOfTheirGroup() throws Exception {
    HttpResponse<String> response = api.loginResponse("demo", "demo", false);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(response).path("user").path("role").asText()).isEqualTo("administrator");
    JsonNode users = ApiClient.json(api.get("/camunda/champa/api/admin/users?search=demo", admin));
    assertThat(users.path("items").get(0).path("type").asText()).isEqualTo("camunda");
  }

  private void createRole(String name, String... permissions) throws Exception {
    HttpResponse<String> response = api.send("POST", "/camunda/champa/api/admin/roles",
        Map.of("name", name, "description", "test", "permissions", java.util.List.of(permissions)), admin);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private String findSessionIdOf(Session session) throws Exception {
    String claims = new String(Base64.getUrlDecoder().decode(session.token().split("\\.")[1]), StandardCharsets.UTF_8);
    return ApiClient.JSON.readTree(claims).path("sid").asText();
  }

  private long count(String table) {
    return system.jdbc().queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }
}
