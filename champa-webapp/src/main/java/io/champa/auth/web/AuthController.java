package io.champa.auth.web;

import java.time.Instant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

import io.champa.auth.audit.AuditAction;
import io.champa.auth.audit.AuditLog;
import io.champa.auth.Actor;
import io.champa.auth.AuthProblems;
import io.champa.auth.LoginService;
import io.champa.auth.OwnAccount;
import io.champa.auth.PublicEndpoint;
import io.champa.auth.RequestInfo;
import io.champa.auth.Session;
import io.champa.auth.SessionService;
import io.champa.auth.SessionTokens;
import io.champa.auth.SignedInOnly;
import io.champa.auth.SignedInUser;
import io.champa.auth.UserStore;
import io.champa.web.ApiProblem;
import io.champa.web.ChampaApi;
import jakarta.servlet.http.HttpServletRequest;

/** Signing in and out, who am I, and changing one's own password. */
@ChampaApi
@RequestMapping("/auth")
public class AuthController {

  private final LoginService login;
  private final SessionService sessions;
  private final SessionTokens tokens;
  private final SessionCookie cookie;
  private final UserStore users;
  private final OwnAccount account;
  private final AuditLog audit;

  public AuthController(LoginService login, SessionService sessions, SessionTokens tokens, SessionCookie cookie,
      UserStore users, OwnAccount account, AuditLog audit) {
    this.login = login;
    this.sessions = sessions;
    this.tokens = tokens;
    this.cookie = cookie;
    this.users = users;
    this.account = account;
    this.audit = audit;
  }

  @PostMapping("/login")
  @PublicEndpoint
  public ResponseEntity<LoginResponse> login(@RequestBody LoginRequest body, HttpServletRequest request) {
    if (body == null || body.username() == null || body.password() == null || body.username().length() > 256
        || body.password().length() > 1024) {
      throw ApiProblem.badRequest("username and password are required");
    }
    LoginService.SignedIn signedIn = login.login(body.username(), body.password(), Boolean.TRUE.equals(body.rememberMe()),
        RequestInfo.of(request));
    Session session = signedIn.session();
    Instant expiresAt = sessions.hardExpiry(session);
    String token = tokens.issue(session, expiresAt);
    return ResponseEntity.ok()
        .header(HttpHeaders.SET_COOKIE, cookie.issue(request, token, session.rememberMe(), expiresAt))
        .body(new LoginResponse(token, UserView.Me.of(signedIn.user()), session.expiresAt(), tokens.csrfToken(session.id())));
  }

  @PostMapping("/logout")
  @SignedInOnly
  public ResponseEntity<Void> logout(@RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user, HttpServletRequest request) {
    if (user.sessionId() != null) {
      sessions.revoke(user.sessionId());
      audit.record(new Actor(user, RequestInfo.of(request)).audit(AuditAction.LOGOUT, "session", user.sessionId(), null));
    }
    return ResponseEntity.status(HttpStatus.NO_CONTENT).header(HttpHeaders.SET_COOKIE, cookie.clear(request)).build();
  }

  @GetMapping("/me")
  @SignedInOnly
  public MeResponse me(@RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user) {
    Instant expiresAt = user.sessionId() == null ? null
        : sessions.byId(user.sessionId()).map(Session::expiresAt).orElse(null);
    return new MeResponse(users.byId(user.userId()).map(UserView.Me::of)
        .orElseThrow(() -> AuthProblems.signInRequired("No such user")), expiresAt, user.csrfToken());
  }

  @PostMapping("/password")
  @SignedInOnly
  public ResponseEntity<Void> changePassword(@RequestBody PasswordChange body,
      @RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user, HttpServletRequest request) {
    if (body == null || body.currentPassword() == null || body.newPassword() == null) {
      throw ApiProblem.badRequest("currentPassword and newPassword are required");
    }
    account.changePassword(body.currentPassword(), body.newPassword(), new Actor(user, RequestInfo.of(request)));
    return ResponseEntity.noContent().build();
  }

  /** Sign-in request. */
  public record LoginRequest(String username, String password, Boolean rememberMe) {
  }

  /** Sign-in answer: the token (also set as cookie), who signed in, idle expiry and the CSRF token. */
  public record LoginResponse(String token, UserView.Me user, Instant expiresAt, String csrfToken) {
  }

  /** Who is signed in. */
  public record MeResponse(UserView.Me user, Instant expiresAt, String csrfToken) {
  }

  /** Own password change. */
  public record PasswordChange(String currentPassword, String newPassword) {
  }
}
