package io.champa.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A runnable Camunda 7 engine with demo processes, a month of generated history and live traffic,
 * so that Champa has something realistic to analyse the moment it starts.
 */
@SpringBootApplication
@EnableConfigurationProperties(ChampaDemoProperties.class)
public class ExampleEngineApplication {

  public static void main(String[] args) {
    SpringApplication.run(ExampleEngineApplication.class, args);
  }
}
