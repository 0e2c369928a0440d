package io.champa.example;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole example application on a random port, with in-memory databases, a short back-fill
 * and brisk traffic. Every whole-application test extends this, so Spring starts the example once
 * and they all share it.
 */
@SpringBootTest(classes = ExampleEngineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:example-it;DB_CLOSE_DELAY=-1",
    "champa.system-db.url=jdbc:h2:mem:example-it-system;DB_CLOSE_DELAY=-1",
    "champa.demo.backfill.days=3",
    "champa.demo.backfill.v2-days-ago=1",
    "champa.demo.traffic.interval=500ms" })
public abstract class ExampleEngineTestBase {

  @LocalServerPort
  protected int port;

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }
}
