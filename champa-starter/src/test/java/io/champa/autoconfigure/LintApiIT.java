package io.champa.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.champa.autoconfigure.ApiClient.Session;
import io.champa.autoconfigure.app.TestEngineApplication;

/** The lint API on a real engine with the deploy gate in warn mode. */
@SpringBootTest(classes = TestEngineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "spring.datasource.url=jdbc:h2:mem:champa-lint-it;DB_CLOSE_DELAY=-1",
        "champa.system-db.url=jdbc:h2:mem:champa-lint-it-system;DB_CLOSE_DELAY=-1",
        "camunda.bpm.admin-user.id=demo", "camunda.bpm.admin-user.password=demo",
        "camunda.bpm.generic-properties.properties.enforceHistoryTimeToLive=false",
        "champa.security.admin.username=admin", "champa.security.admin.password=Admin123secret",
        "champa.lint.deploy-gate=warn" })
class LintApiIT {

  private static final Path RULES = Path.of("../champa-plugin/src/test/resources/io/champa/lint/rules");

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repositoryService;

  private ApiClient api;
  private Session admin;

  @BeforeEach
  void signIn() throws Exception {
    api = new ApiClient(port);
    admin = api.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
  }

  @AfterEach
  void resetConfig() throws Exception {
    api.send("DELETE", "/camunda/champa/api/lint/config", null, admin);
  }

  @Test
  void anUploadedModelGetsItsFindingsAndSummary() throws Exception {
    JsonNode report = ApiClient.json(lint(fixture("end-event-required/invalid.bpmn.xml"), "json"));

    assertThat(report.path("type").asText()).isEqualTo("bpmn");
    assertThat(report.path("findings").toString()).contains("\"ruleId\":\"end-event-required\"", "\"severity\":\"error\"");
    assertThat(report.path("summary").path("errors").asInt()).isPositive();
  }

  @Test
  void dmnUploadsAreLintedAsDmn() throws Exception {
    Path dmn = Files.list(RULES.resolve("hit-policy-valid")).filter(p -> p.toString().endsWith("invalid.dmn.xml")).findFirst().orElseThrow();

    JsonNode report = ApiClient.json(lint(Files.readString(dmn), "json"));

    assertThat(report.path("type").asText()).isEqualTo("dmn");
    assertThat(report.path("findings").toString()).contains("hit-policy-valid");
  }

  @Test
  void sarifIsAnsweredWhenAsked() throws Exception {
    HttpResponse<String> response = lint(fixture("end-event-required/invalid.bpmn.xml"), "sarif");

    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/sarif+json");
    assertThat(response.body()).contains("\"version\":\"2.1.0\"");
  }

  @Test
  void aDeployedVersionIsLintedAndTheGateKeptWhatItFound() throws Exception {
    repositoryService.createDeployment().name("lint-it").addString("lint-it.bpmn", fixture("end-event-required/invalid.bpmn.xml"))
        .deploy();
    String key = repositoryService.createProcessDefinitionQuery().deploymentId(
        repositoryService.createDeploymentQuery().deploymentName("lint-it").singleResult().getId()).singleResult().getKey();

    JsonNode report = ApiClient.json(api.get("/camunda/champa/api/lint/bpmn/" + key + "/1", admin));
    JsonNode gate = ApiClient.json(api.get("/camunda/champa/api/lint/deployments", admin));

    assertThat(report.path("xml").asText()).contains("<");
    assertThat(report.path("findings").toString()).contains("end-event-required");
    assertThat(gate.path("mode").asText()).isEqualTo("warn");
    assertThat(gate.path("items").toString()).contains("lint-it.bpmn", "end-event-required");
  }

  @Test
  void anAdministratorTurnsARuleOffAndTheNextReportHasNoSuchFinding() throws Exception {
    HttpResponse<String> change = api.send("PUT", "/camunda/champa/api/lint/config/rules/end-event-required",
        Map.of("severity", "off"), admin);

    assertThat(change.statusCode()).as(change.body()).isEqualTo(200);
    assertThat(ApiClient.json(change).path("severity").asText()).isEqualTo("off");
    assertThat(lint(fixture("end-event-required/invalid.bpmn.xml"), "json").body()).doesNotContain("end-event-required");
    JsonNode audit = ApiClient.json(api.get("/camunda/champa/api/admin/audit?action=config_changed", admin));
    assertThat(audit.path("items").get(0).path("resourceId").asText()).isEqualTo("end-event-required");
  }

  @Test
  void aBpmnlintrcDecidesWhichRulesRun() throws Exception {
    HttpResponse<String> imported = api.sendJson("POST", "/camunda/champa/api/lint/config/bpmnlintrc",
        "{\"rules\":{\"end-event-required\":\"warn\"}}", admin);

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    JsonNode report = ApiClient.json(lint(fixture("end-event-required/invalid.bpmn.xml"), "json"));
    assertThat(report.path("summary").path("errors").asInt()).isZero();
    assertThat(report.path("findings").toString()).contains("\"severity\":\"warn\"");
  }

  @Test
  void onlyAdministratorsChangeTheConfiguration() throws Exception {
    api.createUser(admin, "lint-operator", "Secret123", "process_operator", "human");
    Session operator = api.login("lint-operator", "Secret123");

    assertThat(api.get("/camunda/champa/api/lint/rules", operator).statusCode()).isEqualTo(200);
    assertThat(api.send("PUT", "/camunda/champa/api/lint/config/rules/end-event-required", Map.of("severity", "off"), operator)
        .statusCode()).isEqualTo(403);
  }

  @Test
  void badInputIsAProblem() throws Exception {
    HttpResponse<String> malformed = lint("<definitions>\n<process>\n</definitions>", "json");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(malformed).path("line").asInt()).isEqualTo(3);
    assertThat(lint(fixture("end-event-required/invalid.bpmn.xml"), "pdf").statusCode()).isEqualTo(400);
    assertThat(lint("x".repeat(11 * 1024 * 1024), "json").statusCode()).isEqualTo(413);
    assertThat(lint("", "json").statusCode()).isEqualTo(400);
    assertThat(api.send("PUT", "/camunda/champa/api/lint/config/rules/no-such-rule", Map.of("severity", "off"), admin)
        .statusCode()).isEqualTo(404);
    assertThat(api.send("PUT", "/camunda/champa/api/lint/config/rules/end-event-required", Map.of("severity", "loud"), admin)
        .statusCode()).isEqualTo(400);
    assertThat(api.sendJson("POST", "/camunda/champa/api/lint/config/bpmnlintrc", "{not json", admin).statusCode()).isEqualTo(400);
    assertThat(api.get("/camunda/champa/api/lint/bpmn/no-such-key/1", admin).statusCode()).isEqualTo(404);
    assertThat(api.get("/camunda/champa/api/lint/bpmn/x/0", admin).statusCode()).isEqualTo(400);
  }

  private HttpResponse<String> lint(String xml, String format) throws Exception {
    return api.send("POST", "/camunda/champa/api/lint?name=model.bpmn&format=" + format, xml,
        Map.of("Authorization", "Bearer " + admin.token(), "Content-Type", "application/xml"));
  }

  private static String fixture(String name) throws Exception {
    return Files.readString(RULES.resolve(name));
  }
}
