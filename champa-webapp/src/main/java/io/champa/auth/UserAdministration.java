package io.champa.auth;

import java.util.List;
import java.util.regex.Pattern;

import io.champa.auth.audit.AuditAction;
import io.champa.auth.audit.AuditLog;
import io.champa.web.ApiProblem;

/**
 * What administrators do to users, accounts and tokens, each change audited. Checks that keep
 * the system usable (no deleting or disabling oneself, no removing the last administrator) live
 * here, not in the UI.
 */
public class UserAdministration {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,127}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,200}@[^@\\s]{1,118}");

  private final UserStore users;
  private final RoleStore roles;
  private final PasswordHasher hasher;
  private final SessionService sessions;
  private final ApiTokenService tokens;
  private final ApiTokenStore tokenStore;
  private final AuditLog audit;

  public UserAdministration(UserStore users, RoleStore roles, PasswordHasher hasher, SessionService sessions,
      ApiTokenService tokens, ApiTokenStore tokenStore, AuditLog audit) {
    this.users = users;
    this.roles = roles;
    this.hasher = hasher;
    this.sessions = sessions;
    this.tokens = tokens;
    this.tokenStore = tokenStore;
    this.audit = audit;
  }

  public ChampaUser create(String username, String email, String password, String roleName, UserType type, Actor actor) {
    String name = UserStore.normalise(username);
    if (!USERNAME.matcher(name).matches()) {
      throw ApiProblem.badRequest("A user name has 2 to 128 characters: letters, digits, '.', '_', '@', '-'");
    }
    checkEmail(email);
    if (type == UserType.CAMUNDA) {
      throw ApiProblem.badRequest("Camunda users are linked when they first sign in, not created here");
    }
    Role role = role(roleName);
    if (users.byUsername(name).isPresent()) {
      throw ApiProblem.conflict("A user named '" + name + "' exists already");
    }
    String hash = null;
    if (type == UserType.HUMAN) {
      PasswordPolicy.require(password);
      hash = hasher.hash(password);
    } else if (password != null && !password.isEmpty()) {
      throw ApiProblem.badRequest("API users have no password; create an API token for them");
    }
    ChampaUser user = users.create(name, blankToNull(email), hash, role.id(), type);
    audit.record(actor.audit(AuditAction.USER_CREATED, "user", name, type.code() + " user with role " + role.name()));
    return user;
  }

  public ChampaUser update(String id, String email, String roleName, Actor actor) {
    ChampaUser user = existing(id);
    checkEmail(email);
    Role role = role(roleName);
    if (!role.id().equals(user.roleId()) && Role.ADMINISTRATOR.equals(user.roleId())) {
      requireAnotherAdministrator(user);
    }
    users.update(id, blankToNull(email), role.id());
    audit.record(actor.audit(AuditAction.USER_UPDATED, "user", user.username(), "role " + role.name()));
    return existing(id);
  }

  public ChampaUser setActive(String id, boolean active, Actor actor) {
    ChampaUser user = existing(id);
    if (!active) {
      requireNotSelf(user, actor, "disable");
      if (Role.ADMINISTRATOR.equals(user.roleId())) {
        requireAnotherAdministrator(user);
      }
    }
    users.setActive(id, active);
    if (!active) {
      sessions.revokeAllOf(id, null);
    }
    audit.record(actor.audit(AuditAction.USER_STATUS_CHANGED, "user", user.username(), active ? "enabled" : "disabled"));
    return existing(id);
  }

  public ChampaUser unlock(String id, Actor actor) {
    ChampaUser user = existing(id);
    users.unlock(id);
    audit.record(actor.audit(AuditAction.ADMIN_ACTION, "user", user.username(), "unlocked"));
    return existing(id);
  }

  public void resetPassword(String id, String newPassword, Actor actor) {
    ChampaUser user = existing(id);
    if (user.type() != UserType.HUMAN) {
      throw ApiProblem.badRequest("Only users who sign in with a Champa password have one to reset");
    }
    PasswordPolicy.require(newPassword);
    users.setPasswordHash(id, hasher.hash(newPassword));
    sessions.revokeAllOf(id, null);
    audit.record(actor.audit(AuditAction.PASSWORD_RESET, "user", user.username(), "sessions ended"));
  }

  public void delete(String id, Actor actor) {
    ChampaUser user = existing(id);
    requireNotSelf(user, actor, "delete");
    if (Role.ADMINISTRATOR.equals(user.roleId())) {
      requireAnotherAdministrator(user);
    }
    sessions.revokeAllOf(id, null);
    users.delete(id);
    audit.record(actor.audit(AuditAction.USER_DELETED, "user", user.username(), null));
  }

  public ApiTokenService.Created createToken(String userId, String name, Integer lifetimeDays, Actor actor) {
    ChampaUser user = existing(userId);
    if (name == null || name.isBlank() || name.length() > 128) {
      throw ApiProblem.badRequest("A token needs a name of 1 to 128 characters");
    }
    if (lifetimeDays != null && (lifetimeDays < 7 || lifetimeDays > 365)) {
      throw ApiProblem.badRequest("lifetimeDays must be between 7 and 365, or null for no expiry");
    }
    ApiTokenService.Created created = tokens.create(user.id(), name.trim(), lifetimeDays);
    audit.record(actor.audit(AuditAction.API_TOKEN_CREATED, "api_token", created.token().id(),
        "for " + user.username() + (lifetimeDays == null ? ", no expiry" : ", " + lifetimeDays + " days")));
    return created;
  }

  public void revokeToken(String tokenId, Actor actor) {
    ApiToken token = tokenStore.byId(tokenId).orElseThrow(() -> ApiProblem.notFound("No API token " + tokenId));
    tokenStore.revoke(tokenId, java.time.Instant.now());
    audit.record(actor.audit(AuditAction.API_TOKEN_REVOKED, "api_token", tokenId, "of " + token.username()));
  }

  public List<ApiToken> tokens(String userId) {
    return tokenStore.list(userId, 500);
  }

  public ChampaUser existing(String id) {
    return users.byId(id).orElseThrow(() -> ApiProblem.notFound("No user " + id));
  }

  private Role role(String roleName) {
    if (roleName == null || roleName.isBlank()) {
      throw ApiProblem.badRequest("A user needs a role");
    }
    return roles.byName(roleName).orElseThrow(() -> ApiProblem.badRequest("No role named '" + roleName + "'"));
  }

  private void requireNotSelf(ChampaUser user, Actor actor, String verb) {
    if (user.id().equals(actor.user().userId())) {
      throw ApiProblem.conflict("You cannot " + verb + " your own account");
    }
  }

  private void requireAnotherAdministrator(ChampaUser user) {
    long administrators = roles.byId(Role.ADMINISTRATOR).map(Role::userCount).orElse(0L);
    if (administrators <= 1 && Role.ADMINISTRATOR.equals(user.roleId())) {
      throw ApiProblem.conflict("Champa needs at least one administrator");
    }
  }

  private static void checkEmail(String email) {
    if (email != null && !email.isBlank() && !EMAIL.matcher(email.trim()).matches()) {
      throw ApiProblem.badRequest("Not an e-mail address: " + email);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
