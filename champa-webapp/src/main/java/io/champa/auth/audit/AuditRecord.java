package io.champa.auth.audit;

import java.time.Instant;

/** A stored audit row as the API shows it. */
public record AuditRecord(long id, Instant timestamp, String username, String action, String resourceType,
    String resourceId, String status, String ip, String userAgent, String severity, String detail) {
}
