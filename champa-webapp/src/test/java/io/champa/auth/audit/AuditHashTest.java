package io.champa.auth.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditHashTest {

  private final AuditEntry entry = new AuditEntry("admin", AuditAction.USER_CREATED, "user", "mary", "success",
      "127.0.0.1", "test", "info", "viewer");

  @Test
  void hashDependsOnEveryFieldAndOnThePreviousHash() {
    String hash = AuditHash.of("0", 1, 1000, entry);

    assertThat(AuditHash.of("0", 1, 1000, entry)).isEqualTo(hash).hasSize(64);
    assertThat(AuditHash.of("1", 1, 1000, entry)).isNotEqualTo(hash);
    assertThat(AuditHash.of("0", 2, 1000, entry)).isNotEqualTo(hash);
    assertThat(AuditHash.of("0", 1, 1001, entry)).isNotEqualTo(hash);
    assertThat(AuditHash.of("0", 1, 1000, new AuditEntry("admin", AuditAction.USER_CREATED, "user", "mary", "success",
        "127.0.0.1", "test", "info", "administrator"))).isNotEqualTo(hash);
  }

  @Test
  void nullAndEmptyFieldsHashDifferently() {
    AuditEntry withNull = new AuditEntry("a", AuditAction.LOGOUT, null, null, "success", null, null, "info", null);
    AuditEntry withEmpty = new AuditEntry("a", AuditAction.LOGOUT, "", null, "success", null, null, "info", null);

    assertThat(AuditHash.of("0", 1, 1, withNull)).isNotEqualTo(AuditHash.of("0", 1, 1, withEmpty));
  }
}
