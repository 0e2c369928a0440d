package io.champa.auth;

import io.champa.auth.audit.AuditAction;
import io.champa.auth.audit.AuditLog;
import io.champa.web.ApiProblem;

/** What users do to their own account: change their password (which ends their other sessions). */
public class OwnAccount {

  private final UserStore users;
  private final PasswordHasher hasher;
  private final SessionService sessions;
  private final AuditLog audit;

  public OwnAccount(UserStore users, PasswordHasher hasher, SessionService sessions, AuditLog audit) {
    this.users = users;
    this.hasher = hasher;
    this.sessions = sessions;
    this.audit = audit;
  }

  public void changePassword(String currentPassword, String newPassword, Actor actor) {
    ChampaUser user = users.byId(actor.user().userId()).orElseThrow(() -> AuthProblems.signInRequired("No such user"));
    if (user.type() != UserType.HUMAN) {
      throw ApiProblem.badRequest("Your password is managed by Camunda, or you have none");
    }
    if (!hasher.matches(currentPassword, user.passwordHash())) {
      throw ApiProblem.badRequest("The current password is not correct");
    }
    PasswordPolicy.require(newPassword);
    users.setPasswordHash(user.id(), hasher.hash(newPassword));
    sessions.revokeAllOf(user.id(), actor.user().sessionId());
    audit.record(actor.audit(AuditAction.PASSWORD_CHANGED, "user", user.username(), "other sessions ended"));
  }
}
