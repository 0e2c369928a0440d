package io.champa.auth.audit;

/**
 * One thing to record: who did what to which resource, and how it ended.
 *
 * @param username the actor; {@code system} for automated work, the attempted name for failed sign-ins
 * @param action what happened
 * @param resourceType the kind of thing acted on, e.g. {@code user}
 * @param resourceId which one
 * @param status {@code success}, {@code failure} or {@code denied}
 * @param ip client address
 * @param userAgent client self-description
 * @param severity {@code info}, {@code warning} or {@code critical}
 * @param detail a sentence for people; never a password, token or secret
 */
public record AuditEntry(String username, AuditAction action, String resourceType, String resourceId, String status,
    String ip, String userAgent, String severity, String detail) {

  public static final String SYSTEM = "system";
}
