package io.champa.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import io.champa.autoconfigure.app.TestEngineApplication;
import io.champa.plugin.ChampaProcessEnginePlugin;

/** {@code champa.enabled=false}: the host behaves as it would without Champa. */
@SpringBootTest(classes = TestEngineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "champa.enabled=false", "spring.datasource.url=jdbc:h2:mem:champa-disabled-it;DB_CLOSE_DELAY=-1",
        "camunda.bpm.admin-user.id=demo", "camunda.bpm.admin-user.password=demo" })
class ChampaDisabledIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;

  @Test
  void noChampaBeansExist() {
    assertThat(context.getBeansOfType(ChampaProcessEnginePlugin.class)).isEmpty();
    assertThat(context.getBeanNamesForType(io.champa.system.SystemDatabase.class)).isEmpty();
  }

  @Test
  void champaApiIsNotThere() throws Exception {
    HttpResponse<String> response = get("/camunda/champa/api/health/ping");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("\"UP\"");
  }

  @Test
  void champaUiIsNotServed() throws Exception {
    assertThat(get("/camunda/app/champa/default/").statusCode()).isEqualTo(404);
  }

  @Test
  void camundaRestAndCockpitStillAnswer() throws Exception {
    assertThat(get("/engine-rest/engine").statusCode()).isEqualTo(200);
    assertThat(get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
