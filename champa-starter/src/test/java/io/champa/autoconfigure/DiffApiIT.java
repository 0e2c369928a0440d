package io.champa.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.champa.autoconfigure.ApiClient.Session;
import io.champa.autoconfigure.app.TestEngineApplication;

/** The diff API on a real engine: deployed versions, uploads, and every kind of bad input. */
@SpringBootTest(classes = TestEngineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "spring.datasource.url=jdbc:h2:mem:champa-diff-it;DB_CLOSE_DELAY=-1",
        "champa.system-db.url=jdbc:h2:mem:champa-diff-it-system;DB_CLOSE_DELAY=-1",
        "camunda.bpm.admin-user.id=demo", "camunda.bpm.admin-user.password=demo",
        "champa.security.admin.username=admin", "champa.security.admin.password=Admin123secret" })
class DiffApiIT {

  private static final String KEY = "diff-it-invoice";

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repositoryService;

  private ApiClient api;
  private Session admin;

  @BeforeEach
  void deployTwoVersions() throws Exception {
    api = new ApiClient(port);
    admin = api.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
      deploy(model("Review invoice", false));
      deploy(model("Approve invoice", true));
    }
  }

  @Test
  void twoDeployedVersionsShowTheRenameTheAsyncFlagAndBothModels() throws Exception {
    HttpResponse<String> response = api.send("POST", "/camunda/champa/api/diff",
        Map.of("type", "bpmn", "key", KEY, "leftVersion", 1, "rightVersion", 2), admin);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode diff = ApiClient.json(response);
    JsonNode task = diff.path("changed").get(0);
    assertThat(task.path("id").asText()).isEqualTo("review");
    assertThat(task.path("attrs").path("name").path("oldValue").asText()).isEqualTo("Review invoice");
    assertThat(task.path("attrs").path("name").path("newValue").asText()).isEqualTo("Approve invoice");
    assertThat(task.path("attrs").path("camunda:asyncBefore").path("newValue").asText()).isEqualTo("true");
    assertThat(diff.path("summary").path("changed").asInt()).isEqualTo(1);
    assertThat(diff.path("left").path("label").asText()).isEqualTo(KEY + " v1");
    assertThat(diff.path("right").path("xml").asText()).contains("Approve invoice");
  }

  @Test
  void processKeyIsAcceptedAsTheKey() throws Exception {
    JsonNode diff = ApiClient.json(api.send("POST", "/camunda/champa/api/diff",
        Map.of("processKey", KEY, "leftVersion", 1, "rightVersion", 2), admin));

    assertThat(diff.path("summary").path("changed").asInt()).isEqualTo(1);
  }

  @Test
  void anUploadedFileIsComparedWithADeployedVersion() throws Exception {
    String upload = ApiClient.json(api.get("/camunda/champa/api/diff/models/bpmn/" + KEY + "/1/xml", admin)).path("xml").asText();

    JsonNode diff = ApiClient.json(api.send("POST", "/camunda/champa/api/diff",
        Map.of("type", "bpmn", "key", KEY, "leftVersion", 1, "rightXml", upload, "rightName", "local.bpmn"), admin));

    assertThat(diff.path("summary").path("changed").asInt()).isZero();
    assertThat(diff.path("summary").path("added").asInt()).isZero();
    assertThat(diff.path("right").path("label").asText()).isEqualTo("local.bpmn");
  }

  @Test
  void definitionsListKeysWithVersionsAndTheXmlOfEach() throws Exception {
    JsonNode definitions = ApiClient.json(api.get("/camunda/champa/api/diff/definitions", admin));
    JsonNode xml = ApiClient.json(api.get("/camunda/champa/api/diff/models/bpmn/" + KEY + "/2/xml", admin));

    assertThat(definitions.path("items").toString()).contains("\"key\":\"" + KEY + "\"");
    assertThat(xml.path("xml").asText()).contains("Approve invoice");
  }

  @Test
  void malformedXmlIsA400WithLineAndColumn() throws Exception {
    HttpResponse<String> response = api.send("POST", "/camunda/champa/api/diff",
        Map.of("type", "bpmn", "leftXml", "<definitions>\n  <process id=\"a\">\n</definitions>", "rightXml", "<x/>"), admin);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = ApiClient.json(response);
    assertThat(problem.path("line").asInt()).isEqualTo(3);
    assertThat(problem.path("column").asInt()).isPositive();
    assertThat(problem.path("side").asText()).isEqualTo("left");
  }

  @Test
  void externalEntitiesAreRefused() throws Exception {
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<definitions>&x;</definitions>";

    HttpResponse<String> response = api.send("POST", "/camunda/champa/api/diff",
        Map.of("type", "bpmn", "leftXml", xxe, "rightXml", xxe), admin);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("root:");
  }

  @Test
  void badKeysVersionsTypesAndSizesAreProblems() throws Exception {
    assertThat(status(Map.of("type", "bpmn", "key", "no-such-key", "leftVersion", 1, "rightVersion", 2))).isEqualTo(404);
    assertThat(status(Map.of("type", "bpmn", "key", KEY, "leftVersion", 0, "rightVersion", 2))).isEqualTo(400);
    assertThat(status(Map.of("type", "bpmn", "key", KEY, "leftVersion", -1, "rightVersion", 2))).isEqualTo(400);
    assertThat(status(Map.of("type", "cmmn", "key", KEY, "leftVersion", 1, "rightVersion", 2))).isEqualTo(400);
    assertThat(status(Map.of("type", "bpmn", "key", KEY))).isEqualTo(400);
    assertThat(status(Map.of("type", "bpmn", "leftXml", "x".repeat(11 * 1024 * 1024), "rightXml", "<x/>"))).isEqualTo(413);
    assertThat(api.get("/camunda/champa/api/diff/models/bpmn/" + KEY + "/0/xml", admin).statusCode()).isEqualTo(400);
    assertThat(api.get("/camunda/champa/api/diff/models/bpmn/" + KEY + "/abc/xml", admin).statusCode()).isEqualTo(400);
    assertThat(api.get("/camunda/champa/api/diff/models/bpmn/" + KEY + "/99/xml", admin).statusCode()).isEqualTo(404);
  }

  private int status(Map<String, Object> body) throws Exception {
    return api.send("POST", "/camunda/champa/api/diff", body, admin).statusCode();
  }

  private void deploy(BpmnModelInstance model) {
    repositoryService.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy();
  }

  private static BpmnModelInstance model(String taskName, boolean async) {
    return Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(30)
        .startEvent("start").userTask("review").name(taskName).camundaAsyncBefore(async).endEvent("end").done();
  }
}
