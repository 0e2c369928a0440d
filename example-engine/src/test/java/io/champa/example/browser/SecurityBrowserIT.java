package io.champa.example.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * A person signs in to Champa, administers users, looks at roles, sessions and the audit log, and
 * is locked out after failing to sign in five times. Each test gets a fresh browser, so no
 * session carries over.
 */
class SecurityBrowserIT extends BrowserTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void demoSignsInAndSeesTheHomeCountsAndTheirNameWithoutConsoleErrors() {
    browser.get(app(""));
    page.waitFor("login-username");
    assertThat(page.shows("nav")).as("no navigation before signing in").isFalse();

    page.signIn(app(""), "demo", "demo");

    page.await().until(d -> ChampaPage.number(page.text("count-process-definitions")) > 0);
    assertThat(page.text("current-user")).isEqualTo("demo");
    assertThat(page.text("current-role")).isEqualTo("administrator");
    // the group heading is upper-cased by CSS, and getText() returns what is rendered
    assertThat(page.text("nav").toLowerCase()).contains("home", "administration", "users", "roles", "sessions", "audit log");
    assertThat(page.consoleErrorsBesidesTheFirstSessionCheck()).isEmpty();
  }

  @Test
  void adminCreatesAUserAndReadsRolesSessionsAndAVerifiedAuditLog() {
    page.signIn(app("#/admin/users"), "demo", "demo");
    page.waitFor("user-row-demo");

    page.byTestId("user-create").click();
    page.waitFor("user-form-username");
    new Select(page.byTestId("user-form-type")).selectByValue("human");
    page.type("user-form-username", "browser-analyst");
    page.type("user-form-email", "analyst@example.com");
    page.type("user-form-password", "Secret123");
    new Select(page.byTestId("user-form-role")).selectByValue("process_analyst");
    page.byTestId("user-form-submit").click();

    page.waitFor("user-row-browser-analyst");
    assertThat(page.text("user-row-browser-analyst")).contains("analyst@example.com", "process_analyst", "active");

    browser.get(app("#/admin/roles"));
    page.waitFor("role-row-administrator");
    assertThat(page.text("role-row-administrator")).contains("system", "full_access");
    assertThat(page.text("roles-table")).contains("process_analyst", "process_operator", "viewer");

    browser.get(app("#/admin/sessions"));
    page.waitFor("session-current");
    assertThat(page.text("sessions-table")).contains("demo");

    browser.get(app("#/admin/audit"));
    page.await().until(d -> !d.findElements(By.cssSelector("[data-testid=audit-row][data-action=login_success]")).isEmpty());
    assertThat(page.text("audit-table")).contains("user_created");
    page.byTestId("audit-verify").click();
    page.waitFor("audit-verify-result");
    assertThat(page.text("audit-verify-result")).startsWith("Chain valid");

    assertThat(page.consoleErrorsBesidesTheFirstSessionCheck()).isEmpty();
  }

  @Test
  void fiveWrongPasswordsLockTheAccountAndTheSignInSaysUntilWhen() throws Exception {
    createUserThroughTheApi("browser-lockout", "Secret123");
    page.signIn(app(""), "demo", "demo");
    page.byTestId("logout").click();
    page.waitFor("login-username");

    for (int attempt = 1; attempt <= 5; attempt++) {
      page.type("login-username", "browser-lockout");
      page.type("login-password", "Wrong-password-1");
      page.byTestId("login-submit").click();
      // the screen empties the password field once the server has answered
      page.await().until(d -> page.byTestId("login-password").getDomProperty("value").isEmpty()
          && page.shows("login-error") && !page.text("login-error").isEmpty());
      if (attempt < 5) {
        assertThat(page.text("login-error")).isEqualTo("Wrong user name or password");
      }
    }

    assertThat(page.text("login-error")).matches("Account locked until \\d{2}:\\d{2} \u2014 too many failed sign-ins");
    // Chromium logs each refused sign-in as "Failed to load resource": four 401s and the 403 of the
    // lock-out are what this test provokes; anything else would be a fault of the page
    List<String> unexpected = page.consoleErrorsBesidesTheFirstSessionCheck().stream()
        .filter(entry -> !(entry.contains("/auth/login")
            && (ChampaPage.failedWith(entry, 401) || ChampaPage.failedWith(entry, 403))))
        .toList();
    assertThat(unexpected).isEmpty();
  }

  private String app(String route) {
    return url("/camunda/app/champa/default/" + route);
  }

  private void createUserThroughTheApi(String username, String password) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url("/camunda/champa/api/auth/login")))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"demo\",\"password\":\"demo\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String token = JSON.readTree(login.body()).path("token").asText();

    JsonNode user = JSON.createObjectNode().put("username", username).put("email", username + "@example.com")
        .put("password", password).put("role", "viewer").put("type", "human");
    HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(url("/camunda/champa/api/admin/users")))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(user.toString())).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }
}
