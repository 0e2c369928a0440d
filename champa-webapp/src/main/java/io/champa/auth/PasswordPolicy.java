package io.champa.auth;

import io.champa.web.ApiProblem;

/** At least 8 characters with an upper-case letter, a lower-case letter and a digit. */
public final class PasswordPolicy {

  public static final String DESCRIPTION =
      "A password needs at least 8 characters, with an upper-case letter, a lower-case letter and a digit";
  private static final int MAX_LENGTH = 256;

  private PasswordPolicy() {
  }

  public static boolean accepts(String password) {
    return password != null && password.length() >= 8 && password.length() <= MAX_LENGTH
        && password.chars().anyMatch(Character::isUpperCase)
        && password.chars().anyMatch(Character::isLowerCase)
        && password.chars().anyMatch(Character::isDigit);
  }

  /** @throws ApiProblem 400 naming the policy */
  public static void require(String password) {
    if (!accepts(password)) {
      throw ApiProblem.badRequest(DESCRIPTION + " (and at most " + MAX_LENGTH + ")");
    }
  }
}
