package io.champa.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The example boots, its traffic makes history, and Champa reads it. */
class ExampleEngineIT extends ExampleEngineTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @Autowired
  HistoryService historyService;

  @Test
  void trafficKeepsMakingHistory() {
    long before = historyService.createHistoricProcessInstanceQuery().count();

    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
        .until(() -> historyService.createHistoricProcessInstanceQuery().count() > before);
  }

  @Test
  void champaHomeShowsTheDemoModels() throws Exception {
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url("/camunda/champa/api/auth/login")))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"demo\",\"password\":\"demo\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String token = JSON.readTree(login.body()).path("token").asText();

    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/camunda/champa/api/home")))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode home = JSON.readTree(response.body());
    assertThat(home.path("engineName").asText()).isEqualTo("default");
    assertThat(home.path("processDefinitions").path("keys").asLong()).isGreaterThanOrEqualTo(6);
    assertThat(home.path("processDefinitions").path("versions").asLong()).isGreaterThanOrEqualTo(12);
    assertThat(home.path("decisionDefinitions").path("keys").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(home.path("runningInstances").asLong()).isPositive();
  }

  @Test
  void champaPageIsServedBesideCockpitWithItsPlaceholdersFilled() throws Exception {
    HttpResponse<String> page = get("/camunda/app/champa/default/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<base href=\"/camunda/app/champa/default/\"")
        .doesNotContain("$APP_ROOT", "$BASE", "$CSP_NONCE");
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
    assertThat(nonce.find()).as("Camunda's CSP carries a nonce: %s", csp).isTrue();
    assertThat(page.body()).contains("nonce=\"" + nonce.group(1) + "\"");

    Matcher script = Pattern.compile("<script[^>]+src=\"([^\"]+)\"").matcher(page.body());
    assertThat(script.find()).isTrue();
    assertThat(script.group(1)).startsWith("/camunda/app/champa/assets/");
    assertThat(get(script.group(1)).statusCode()).isEqualTo(200);
  }

  @Test
  void camundaRestAndCockpitStillAnswer() throws Exception {
    assertThat(get("/engine-rest/engine").statusCode()).isEqualTo(200);
    assertThat(get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
