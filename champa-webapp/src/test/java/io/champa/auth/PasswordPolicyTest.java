package io.champa.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.champa.web.ApiProblem;

class PasswordPolicyTest {

  @Test
  void needsEightCharactersUpperLowerAndDigit() {
    assertThat(PasswordPolicy.accepts("Secret12")).isTrue();
    assertThat(PasswordPolicy.accepts("Secret1")).isFalse();
    assertThat(PasswordPolicy.accepts("secret123")).isFalse();
    assertThat(PasswordPolicy.accepts("SECRET123")).isFalse();
    assertThat(PasswordPolicy.accepts("SecretSecret")).isFalse();
    assertThat(PasswordPolicy.accepts(null)).isFalse();
  }

  @Test
  void refusalIsA400ThatExplainsThePolicy() {
    assertThatThrownBy(() -> PasswordPolicy.require("weak")).isInstanceOf(ApiProblem.class)
        .hasMessageContaining("at least 8 characters");
  }
}
