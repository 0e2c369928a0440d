package io.champa.auth.audit;

import java.util.Locale;

/** Every kind of event the audit log records. */
public enum AuditAction {
  LOGIN_SUCCESS, LOGIN_FAILED, LOGIN_BLOCKED, LOGOUT, SESSION_EXPIRED, SESSION_REVOKED, PASSWORD_CHANGED,
  PASSWORD_RESET, API_TOKEN_CREATED, API_TOKEN_REVOKED, API_TOKEN_EXPIRED, USER_CREATED, USER_UPDATED,
  USER_DELETED, USER_STATUS_CHANGED, ROLE_CREATED, ROLE_UPDATED, ROLE_DELETED, PERMISSION_DENIED, ADMIN_ACTION,
  CACHE_CLEARED, CONFIG_CHANGED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AuditAction ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
