package io.champa.example;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole example application on a random port, with in-memory databases, a short back-fill
 * and brisk traffic. Every whole-application test uses this one set, so Spring starts the example
 * once and they all share it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ExampleEngineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:example-it;DB_CLOSE_DELAY=-1",
    "champa.system-db.url=jdbc:h2:mem:example-it-system;DB_CLOSE_DELAY=-1",
    "champa.demo.backfill.days=3",
    "champa.demo.traffic.interval=500ms" })
public @interface ExampleEngineUnderTest {
}
