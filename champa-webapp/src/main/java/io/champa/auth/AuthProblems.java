package io.champa.auth;

import java.time.Instant;
import java.util.Map;

import org.springframework.http.HttpStatus;

import io.champa.web.ApiProblem;

/** The sign-in and authorisation problems, worded once. */
public final class AuthProblems {

  private AuthProblems() {
  }

  public static ApiProblem invalidCredentials() {
    return new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials",
        "Wrong user name or password", Map.of());
  }

  public static ApiProblem locked(Instant until) {
    return new ApiProblem(HttpStatus.FORBIDDEN, "account-locked", "Account locked",
        "Too many failed sign-ins; the account is locked until " + until, Map.of("lockedUntil", until.toString()));
  }

  public static ApiProblem disabled() {
    return new ApiProblem(HttpStatus.FORBIDDEN, "account-disabled", "Account disabled",
        "This account is disabled; ask an administrator", Map.of());
  }

  public static ApiProblem noRole() {
    return new ApiProblem(HttpStatus.FORBIDDEN, "no-role", "No Champa role",
        "None of your Camunda groups gives access to Champa; ask an administrator", Map.of());
  }

  public static ApiProblem rateLimited(long retryAfterSeconds) {
    return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many attempts",
        "Too many sign-in attempts; try again in " + retryAfterSeconds + " s", Map.of("retryAfterSeconds", retryAfterSeconds));
  }

  public static ApiProblem signInRequired(String why) {
    return new ApiProblem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign-in required", why, Map.of());
  }

  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, Map.of());
  }
}
