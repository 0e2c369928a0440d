package io.champa.autoconfigure;

import org.springframework.boot.test.context.SpringBootTest;

import io.champa.autoconfigure.app.TestEngineApplication;

/** The embedded default: H2 for the engine and for Champa's system database. */
@SpringBootTest(classes = TestEngineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "spring.datasource.url=jdbc:h2:mem:champa-h2-it;DB_CLOSE_DELAY=-1",
        "champa.system-db.url=jdbc:h2:mem:champa-h2-it-system;DB_CLOSE_DELAY=-1",
        "camunda.bpm.admin-user.id=demo", "camunda.bpm.admin-user.password=demo",
        "champa.security.admin.username=admin", "champa.security.admin.password=Admin123secret",
        "camunda.bpm.generic-properties.properties.historyTimeToLive=P30D" })
class ChampaOnH2IT extends ChampaApiContract {

  @Override
  String expectedProduct() {
    return "H2";
  }
}
