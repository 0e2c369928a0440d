package io.champa.auth.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain hash of an audit row: SHA-256 over the previous row's hash and every stored field,
 * separated by a character that cannot appear in them unescaped. Changing, removing or
 * reordering a row breaks every hash after it.
 */
final class AuditHash {

  private static final char SEPARATOR = '\u001f';

  private AuditHash() {
  }

  static String of(String previousHash, long seq, long occurredAt, AuditEntry entry) {
    StringBuilder text = new StringBuilder(previousHash);
    for (Object field : new Object[] { seq, occurredAt, entry.username(), entry.action().code(), entry.resourceType(),
        entry.resourceId(), entry.status(), entry.ip(), entry.userAgent(), entry.severity(), entry.detail() }) {
      text.append(SEPARATOR).append(field == null ? "\u0000" : field.toString().replace(SEPARATOR, ' '));
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
