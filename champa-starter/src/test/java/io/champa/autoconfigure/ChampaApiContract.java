package io.champa.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What Champa's API promises on any database, run against a real engine in a real servlet
 * container; subclasses choose the databases.
 */
abstract class ChampaApiContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repositoryService;

  @Test
  void pingAnswersUp() throws Exception {
    HttpResponse<String> response = get("/camunda/champa/api/health/ping");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("status").asText()).isEqualTo("UP");
  }

  @Test
  void bothDatabasesAreReportedReachableWithLatency() throws Exception {
    HttpResponse<String> response = get("/camunda/champa/api/health/db");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.path("camundaDb").path("status").asText()).isEqualTo("UP");
    assertThat(body.path("systemDb").path("status").asText()).isEqualTo("UP");
    assertThat(body.path("camundaDb").path("latencyMs").isNumber()).isTrue();
    assertThat(body.path("systemDb").path("product").asText()).isEqualTo(expectedProduct());
  }

  @Test
  void homeCountsWhatIsDeployed() throws Exception {
    long keysBefore = repositoryService.createProcessDefinitionQuery().latestVersion().count();
    deployTwoVersionsOf("home-count-" + System.nanoTime());

    ApiClient api = new ApiClient(port);
    JsonNode home = ApiClient.json(api.get("/camunda/champa/api/home", api.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD)));

    assertThat(home.path("engineName").asText()).isEqualTo("default");
    assertThat(home.path("camundaVersion").asText()).startsWith("7.24");
    assertThat(home.path("processDefinitions").path("keys").asLong()).isEqualTo(keysBefore + 1);
    assertThat(home.path("processDefinitions").path("versions").asLong())
        .isEqualTo(repositoryService.createProcessDefinitionQuery().count());
    assertThat(home.path("deployments").asLong()).isEqualTo(repositoryService.createDeploymentQuery().count());
  }

  @Test
  void unknownApiPathIsAProblemDocument() throws Exception {
    HttpResponse<String> response = get("/camunda/champa/api/no-such-thing");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json(response);
    assertThat(problem.path("status").asInt()).isEqualTo(404);
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.has("type")).isTrue();
    assertThat(problem.path("detail").asText()).isEqualTo("No endpoint GET /camunda/champa/api/no-such-thing");
    assertThat(response.body()).doesNotContain("Exception", "at org.");
  }

  @Test
  void wrongMethodIsA405Problem() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/camunda/champa/api/health/ping"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(json(response).path("status").asInt()).isEqualTo(405);
  }

  @Test
  void homeNeedsASignedInUser() throws Exception {
    HttpResponse<String> response = get("/camunda/champa/api/home");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).path("title").asText()).isEqualTo("Sign-in required");
  }

  @Test
  void camundaRestStillAnswers() throws Exception {
    HttpResponse<String> response = get("/engine-rest/engine");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"name\":\"default\"");
  }

  abstract String expectedProduct();

  private void deployTwoVersionsOf(String key) {
    for (String name : new String[] { "first", "second" }) {
      repositoryService.createDeployment()
          .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30)
              .startEvent().userTask().name(name).endEvent().done())
          .deploy();
    }
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }
}
