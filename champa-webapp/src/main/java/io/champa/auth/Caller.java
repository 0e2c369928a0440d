package io.champa.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.champa.auth.audit.AuditAction;
import io.champa.auth.audit.AuditEntry;
import io.champa.auth.audit.AuditLog;

/**
 * Turns a presented credential into the {@link SignedInUser} it stands for, or a reason it does
 * not: a session token (cookie or bearer) must be ours and its session live; an API token must
 * be known, unrevoked and unexpired; and the user must exist and be active.
 */
public class Caller {

  private final SessionTokens tokens;
  private final SessionService sessions;
  private final ApiTokenService apiTokens;
  private final UserStore users;
  private final AuditLog audit;
  private final Clock clock;
  /** Expired API tokens already audited, so a scraper using one every 15 s does not flood the log. */
  private final Map<String, Instant> expiredTokensAudited = new ConcurrentHashMap<>();

  public Caller(SessionTokens tokens, SessionService sessions, ApiTokenService apiTokens, UserStore users,
      AuditLog audit, Clock clock) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.apiTokens = apiTokens;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  public Result cookie(String token) {
    return session(token, SignedInUser.Credential.COOKIE);
  }

  public Result bearer(String token) {
    return ApiTokenService.looksLikeToken(token) ? apiToken(token, null) : session(token, SignedInUser.Credential.BEARER_SESSION);
  }

  /** Basic {@code user:token}, for Prometheus scrapers that speak nothing else. */
  public Result basicToken(String username, String token) {
    return apiToken(token, UserStore.normalise(username));
  }

  private Result session(String token, SignedInUser.Credential via) {
    Optional<String> sessionId = tokens.sessionId(token);
    if (sessionId.isEmpty()) {
      return Result.rejected("The session token is invalid or expired; sign in again");
    }
    SessionService.Check check = sessions.check(sessionId.get());
    switch (check.status()) {
      case UNKNOWN, REVOKED:
        return Result.rejected("The session has ended; sign in again");
      case EXPIRED:
        if (sessions.revoke(check.session().id())) {
          audit.record(new AuditEntry(usernameOf(check.session().userId()), AuditAction.SESSION_EXPIRED, "session",
              check.session().id(), "success", null, null, "info", "idle timeout"));
        }
        return Result.rejected("The session has expired; sign in again");
      default:
        break;
    }
    Session session = check.session();
    return users.byId(session.userId()).filter(ChampaUser::active)
        .map(user -> Result.of(new SignedInUser(user.id(), user.username(), user.roleName(), user.permissions(),
            session.id(), via, tokens.csrfToken(session.id()))))
        .orElseGet(() -> Result.rejected("The account is disabled or deleted"));
  }

  private Result apiToken(String token, String expectedUsername) {
    ApiTokenService.Check check = apiTokens.check(token);
    if (check.status() == ApiTokenService.Status.EXPIRED) {
      auditExpired(check.token());
      return Result.rejected("The API token has expired");
    }
    if (check.status() != ApiTokenService.Status.VALID
        || (expectedUsername != null && !expectedUsername.equals(check.token().username()))) {
      return Result.rejected("The API token is unknown or revoked");
    }
    return users.byId(check.token().userId()).filter(ChampaUser::active)
        .map(user -> Result.of(new SignedInUser(user.id(), user.username(), user.roleName(), user.permissions(), null,
            SignedInUser.Credential.API_TOKEN, null)))
        .orElseGet(() -> Result.rejected("The token's account is disabled or deleted"));
  }

  private void auditExpired(ApiToken token) {
    if (expiredTokensAudited.putIfAbsent(token.id(), clock.instant()) == null) {
      audit.record(new AuditEntry(token.username(), AuditAction.API_TOKEN_EXPIRED, "api_token", token.id(), "denied", null,
          null, "warning", "expired token used: " + token.name()));
    }
  }

  private String usernameOf(String userId) {
    return users.byId(userId).map(ChampaUser::username).orElse(userId);
  }

  /** The caller, or why there is none. */
  public record Result(SignedInUser user, String rejection) {

    static Result of(SignedInUser user) {
      return new Result(user, null);
    }

    public static Result rejected(String why) {
      return new Result(null, why);
    }
  }
}
