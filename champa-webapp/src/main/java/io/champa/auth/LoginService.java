package io.champa.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.champa.auth.audit.AuditAction;
import io.champa.auth.audit.AuditEntry;
import io.champa.auth.audit.AuditLog;
import io.champa.web.ApiProblem;

/**
 * Signs a user in: rate limits, lock-out, password or Camunda credentials, then a new session.
 * Unknown user and wrong password answer the same and take as long (a dummy hash is checked).
 */
public class LoginService {

  private final UserStore users;
  private final RoleStore roles;
  private final PasswordHasher hasher;
  private final SessionService sessions;
  private final LoginAttempts attempts;
  private final CamundaSignIn camunda;
  private final AuditLog audit;
  private final SecuritySettings settings;
  private final Clock clock;

  public LoginService(UserStore users, RoleStore roles, PasswordHasher hasher, SessionService sessions,
      LoginAttempts attempts, CamundaSignIn camunda, AuditLog audit, SecuritySettings settings, Clock clock) {
    this.users = users;
    this.roles = roles;
    this.hasher = hasher;
    this.sessions = sessions;
    this.attempts = attempts;
    this.camunda = camunda;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /** @throws ApiProblem 401, 403 (locked, disabled, no role) or 429 */
  public SignedIn login(String rawUsername, String password, boolean rememberMe, RequestInfo request) {
    String username = UserStore.normalise(rawUsername);
    long wait = attempts.register(request.ip(), username);
    if (wait > 0) {
      record(username, AuditAction.LOGIN_BLOCKED, "denied", "warning", "rate limited", request);
      throw AuthProblems.rateLimited(wait);
    }
    Optional<ChampaUser> found = users.byUsername(username);
    ChampaUser user = found.isPresent() ? signInKnown(found.get(), password, request) : signInUnknown(username, password, request);
    users.recordSuccess(user.id());
    Session session = sessions.open(user.id(), rememberMe, request);
    record(user.username(), AuditAction.LOGIN_SUCCESS, "success", "info", rememberMe ? "remember me" : null, request);
    return new SignedIn(users.byId(user.id()).orElseThrow(), session);
  }

  private ChampaUser signInKnown(ChampaUser user, String password, RequestInfo request) {
    Instant now = clock.instant();
    if (user.lockedAt(now)) {
      hasher.matchAgainstDummy(password);
      record(user.username(), AuditAction.LOGIN_BLOCKED, "denied", "warning", "account locked", request);
      throw AuthProblems.locked(user.lockedUntil());
    }
    boolean valid = switch (user.type()) {
      case HUMAN -> hasher.matches(password, user.passwordHash());
      case CAMUNDA -> camunda.checkPassword(user.username(), password);
      case API -> {
        // API users have no password; they use tokens and never sign in to the UI
        hasher.matchAgainstDummy(password);
        yield false;
      }
    };
    if (!valid) {
      failed(user, request);
    }
    if (!user.active()) {
      record(user.username(), AuditAction.LOGIN_BLOCKED, "denied", "warning", "account disabled", request);
      throw AuthProblems.disabled();
    }
    return user.type() == UserType.CAMUNDA ? refreshCamundaRole(user, request) : user;
  }

  private void failed(ChampaUser user, RequestInfo request) {
    Instant lockUntil = clock.instant().plus(settings.lockDuration());
    int failures = users.recordFailure(user.id(), settings.maxFailedAttempts(), lockUntil);
    if (failures >= settings.maxFailedAttempts()) {
      record(user.username(), AuditAction.LOGIN_BLOCKED, "denied", "critical",
          failures + " failed sign-ins; locked until " + lockUntil, request);
      throw AuthProblems.locked(lockUntil);
    }
    record(user.username(), AuditAction.LOGIN_FAILED, "failure", "warning", "wrong password", request);
    throw AuthProblems.invalidCredentials();
  }

  private ChampaUser signInUnknown(String username, String password, RequestInfo request) {
    Instant lockedUntil = attempts.unknownUserLockedUntil(username);
    if (lockedUntil != null) {
      hasher.matchAgainstDummy(password);
      record(username, AuditAction.LOGIN_BLOCKED, "denied", "warning", "account locked", request);
      throw AuthProblems.locked(lockedUntil);
    }
    if (camunda.checkPassword(username, password)) {
      String roleName = camunda.roleFor(username).orElse(null);
      Role role = roleName == null ? null : roles.byName(roleName).orElse(null);
      if (role == null) {
        record(username, AuditAction.LOGIN_BLOCKED, "denied", "warning", "no Champa role for the Camunda groups", request);
        throw AuthProblems.noRole();
      }
      ChampaUser linked = users.create(username, camunda.emailOf(username), null, role.id(), UserType.CAMUNDA);
      audit.record(new AuditEntry(AuditEntry.SYSTEM, AuditAction.USER_CREATED, "user", username, "success",
          request.ip(), request.userAgent(), "info", "linked Camunda user with role " + role.name()));
      return linked;
    }
    if (!camunda.enabled()) {
      hasher.matchAgainstDummy(password);
    }
    Instant lockUntil = attempts.unknownUserFailed(username);
    if (lockUntil != null) {
      record(username, AuditAction.LOGIN_BLOCKED, "denied", "critical", "failed sign-ins for an unknown user", request);
      throw AuthProblems.locked(lockUntil);
    }
    record(username, AuditAction.LOGIN_FAILED, "failure", "warning", "unknown user", request);
    throw AuthProblems.invalidCredentials();
  }

  /** A Camunda user's role follows their Camunda groups at every sign-in. */
  private ChampaUser refreshCamundaRole(ChampaUser user, RequestInfo request) {
    Role role = camunda.roleFor(user.username()).flatMap(roles::byName).orElse(null);
    if (role == null) {
      record(user.username(), AuditAction.LOGIN_BLOCKED, "denied", "warning", "no Champa role for the Camunda groups", request);
      throw AuthProblems.noRole();
    }
    if (!role.id().equals(user.roleId())) {
      users.update(user.id(), user.email(), role.id());
      audit.record(new AuditEntry(AuditEntry.SYSTEM, AuditAction.USER_UPDATED, "user", user.username(), "success",
          request.ip(), request.userAgent(), "info", "role follows the Camunda groups: " + role.name()));
    }
    return user;
  }

  private void record(String username, AuditAction action, String status, String severity, String detail,
      RequestInfo request) {
    audit.record(new AuditEntry(username, action, "user", username, status, request.ip(), request.userAgent(), severity,
        detail));
  }

  /** A successful sign-in. */
  public record SignedIn(ChampaUser user, Session session) {
  }
}
