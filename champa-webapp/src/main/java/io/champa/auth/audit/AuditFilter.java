package io.champa.auth.audit;

import java.time.Instant;
import java.util.List;

import io.champa.system.SqlLike;
import java.util.Locale;

/**
 * Audit search criteria, each optional. Values are always bound parameters.
 *
 * @param username exact user name
 * @param action exact action
 * @param from inclusive lower bound
 * @param to exclusive upper bound
 * @param text free text, matched case-insensitively against user, resource id and detail
 */
public record AuditFilter(String username, AuditAction action, Instant from, Instant to, String text) {

  String where(List<Object> args) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (username != null && !username.isBlank()) {
      where.append(" AND username = ?");
      args.add(username.trim().toLowerCase(Locale.ROOT));
    }
    if (action != null) {
      where.append(" AND action = ?");
      args.add(action.code());
    }
    if (from != null) {
      where.append(" AND occurred_at >= ?");
      args.add(from.toEpochMilli());
    }
    if (to != null) {
      where.append(" AND occurred_at < ?");
      args.add(to.toEpochMilli());
    }
    if (text != null && !text.isBlank()) {
      String like = SqlLike.contains(text);
      where.append(" AND (LOWER(username) LIKE ?" + SqlLike.ESCAPE + " OR LOWER(COALESCE(resource_id, '')) LIKE ?"
          + SqlLike.ESCAPE + " OR LOWER(COALESCE(detail, '')) LIKE ?" + SqlLike.ESCAPE + ")");
      args.add(like);
      args.add(like);
      args.add(like);
    }
    return where.toString();
  }
}
