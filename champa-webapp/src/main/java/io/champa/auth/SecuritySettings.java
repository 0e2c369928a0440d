package io.champa.auth;

import java.time.Duration;
import java.util.Map;

/**
 * The security settings the auth feature works with, filled in by the starter from
 * {@code champa.security.*}.
 *
 * @param sessionTimeout idle timeout of a normal session (sliding)
 * @param rememberMeTimeout lifetime of a remember-me session
 * @param sessionMaxLifetime how long a normal session lives at most, however active
 * @param maxFailedAttempts failed sign-ins before an account locks
 * @param lockDuration how long a locked account stays locked
 * @param loginAttemptsPerIp sign-in attempts allowed per client address within {@code loginWindow}
 * @param loginAttemptsPerUsername sign-in attempts allowed per user name within {@code loginWindow}
 * @param loginWindow the rate-limiting window
 * @param secureCookie whether the session cookie is always marked Secure (otherwise only under HTTPS)
 * @param camundaSignIn whether Camunda users may sign in with their Camunda credentials
 * @param camundaGroupRoles Camunda group id to Champa role name, first match wins
 * @param camundaDefaultRole role for Camunda users in no mapped group; empty: they are refused
 */
public record SecuritySettings(
    Duration sessionTimeout,
    Duration rememberMeTimeout,
    Duration sessionMaxLifetime,
    int maxFailedAttempts,
    Duration lockDuration,
    int loginAttemptsPerIp,
    int loginAttemptsPerUsername,
    Duration loginWindow,
    boolean secureCookie,
    boolean camundaSignIn,
    Map<String, String> camundaGroupRoles,
    String camundaDefaultRole) {

  public SecuritySettings {
    camundaGroupRoles = camundaGroupRoles == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(camundaGroupRoles));
  }
}
