package io.champa.auth.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.champa.auth.audit.AuditAction;
import io.champa.auth.audit.AuditLog;
import io.champa.auth.ChampaUser;
import io.champa.auth.Permission;
import io.champa.auth.RequiresPermission;
import io.champa.auth.Session;
import io.champa.auth.SessionService;
import io.champa.auth.SignedInUser;
import io.champa.auth.UserStore;
import io.champa.web.ApiProblem;
import io.champa.web.ChampaApi;
import jakarta.servlet.http.HttpServletRequest;

/** Active sessions: list and revoke; a revoked session is refused on its next request, on every node. */
@ChampaApi
@RequestMapping("/admin/sessions")
@RequiresPermission(Permission.MANAGE_USERS)
public class SessionAdminController {

  private static final int LIMIT = 500;

  private final SessionService sessions;
  private final UserStore users;
  private final AuditLog audit;

  public SessionAdminController(SessionService sessions, UserStore users, AuditLog audit) {
    this.sessions = sessions;
    this.users = users;
    this.audit = audit;
  }

  @GetMapping
  public Items list(@RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user) {
    return new Items(sessions.active(LIMIT).stream().map(session -> SessionView.of(session,
        users.byId(session.userId()).map(ChampaUser::username).orElse("?"), session.id().equals(user.sessionId()))).toList());
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void revoke(@PathVariable String id, @RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user,
      HttpServletRequest request) {
    Session session = sessions.byId(id).orElseThrow(() -> ApiProblem.notFound("No session " + id));
    sessions.revoke(id);
    String owner = users.byId(session.userId()).map(ChampaUser::username).orElse(session.userId());
    audit.record(UserAdminController.actor(user, request).audit(AuditAction.SESSION_REVOKED, "session", id, "of " + owner));
  }

  /** Active sessions, most recently used first. */
  public record Items(List<SessionView> items) {
  }

  /** A session as administrators see it; {@code current} marks the caller's own. */
  public record SessionView(String id, String userId, String username, Instant createdAt, Instant lastSeenAt,
      Instant expiresAt, String ip, String userAgent, boolean rememberMe, boolean current) {
    static SessionView of(Session session, String username, boolean current) {
      return new SessionView(session.id(), session.userId(), username, session.createdAt(), session.lastSeenAt(),
          session.expiresAt(), session.ip(), session.userAgent(), session.rememberMe(), current);
    }
  }
}
