package io.champa.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void hashNamesAlgorithmAndAtLeast310000Iterations() {
    String hash = hasher.hash("Secret123");

    assertThat(hash).startsWith("pbkdf2-sha256$");
    assertThat(Integer.parseInt(hash.split("\\$")[1])).isGreaterThanOrEqualTo(310_000);
  }

  @Test
  void samePasswordGetsADifferentSaltEachTime() {
    assertThat(hasher.hash("Secret123")).isNotEqualTo(hasher.hash("Secret123"));
  }

  @Test
  void onlyTheRightPasswordMatches() {
    String hash = hasher.hash("Secret123");

    assertThat(hasher.matches("Secret123", hash)).isTrue();
    assertThat(hasher.matches("secret123", hash)).isFalse();
    assertThat(hasher.matches("", hash)).isFalse();
  }

  @Test
  void malformedOrMissingHashesNeverMatch() {
    assertThat(hasher.matches("Secret123", null)).isFalse();
    assertThat(hasher.matches("Secret123", "plain-text")).isFalse();
    assertThat(hasher.matches("Secret123", "md5$1$abc$def")).isFalse();
  }
}
