package io.champa.auth;

import io.champa.auth.audit.AuditAction;
import io.champa.auth.audit.AuditEntry;

/**
 * Who acts, from where: what every state-changing service call needs to audit itself.
 *
 * @param user the signed-in user
 * @param request where the request came from
 */
public record Actor(SignedInUser user, RequestInfo request) {

  public AuditEntry audit(AuditAction action, String resourceType, String resourceId, String detail) {
    return new AuditEntry(user.username(), action, resourceType, resourceId, "success", request.ip(), request.userAgent(),
        "info", detail);
  }
}
