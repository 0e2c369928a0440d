package io.champa.autoconfigure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.champa.autoconfigure.app.TestEngineApplication;
import io.champa.testsupport.TestPostgres;

/** The scaled setup's databases: PostgreSQL for the engine and for the system database. */
@SpringBootTest(classes = TestEngineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "camunda.bpm.admin-user.id=demo", "camunda.bpm.admin-user.password=demo",
        "champa.security.admin.username=admin", "champa.security.admin.password=Admin123secret",
        "camunda.bpm.generic-properties.properties.historyTimeToLive=P30D" })
class ChampaOnPostgresIT extends ChampaApiContract {

  private static final TestPostgres POSTGRES = TestPostgres.server();
  private static final String CAMUNDA_DB = POSTGRES.createDatabase("camunda");
  private static final String SYSTEM_DB = POSTGRES.createDatabase("system");

  @DynamicPropertySource
  static void databases(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> CAMUNDA_DB);
    registry.add("spring.datasource.username", POSTGRES::user);
    registry.add("spring.datasource.password", POSTGRES::password);
    registry.add("champa.system-db.url", () -> SYSTEM_DB);
    registry.add("champa.system-db.username", POSTGRES::user);
    registry.add("champa.system-db.password", POSTGRES::password);
  }

  @Override
  String expectedProduct() {
    return "PostgreSQL";
  }
}
