package io.champa.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

class HostFlywayGuardTest {

  @Test
  void hostWithoutFlywayGetsFlywayDisabledAsTheWeakestDefault() {
    StandardEnvironment environment = new StandardEnvironment();

    new HostFlywayGuard().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("spring.flyway.enabled")).isEqualTo("false");
    assertThat(environment.getPropertySources().stream().reduce((first, second) -> second).orElseThrow().getName())
        .isEqualTo(HostFlywayGuard.SOURCE_NAME);
  }

  @Test
  void hostThatConfiguresFlywayIsLeftAlone() {
    MockEnvironment environment = new MockEnvironment().withProperty("spring.flyway.locations", "classpath:migrations");

    assertThat(HostFlywayGuard.hostUsesFlyway(environment, getClass().getClassLoader())).isTrue();
  }

  @Test
  void hostWithMigrationsInTheDefaultLocationIsLeftAlone(@TempDir Path classes) throws Exception {
    Files.createDirectories(classes.resolve("db/migration"));
    Files.writeString(classes.resolve("db/migration/V1__host.sql"), "CREATE TABLE host_table (id INT);");
    try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() }, null)) {
      assertThat(HostFlywayGuard.hostUsesFlyway(new StandardEnvironment(), loader)).isTrue();
    }
  }
}
