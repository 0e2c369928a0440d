package io.champa.autoconfigure.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Camunda host: Camunda's starters plus Champa's, nothing else. */
@SpringBootApplication
public class TestEngineApplication {
}
