package io.champa.auth;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

import io.champa.auth.audit.AuditAction;
import io.champa.auth.audit.AuditEntry;
import io.champa.auth.audit.AuditLog;

/**
 * On a system database without users, creates the first administrator: with the configured
 * password, or with a random one that is written to the log this one time (the only secret Champa
 * ever logs, because otherwise nobody could sign in).
 */
public class AdminBootstrap {

  private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final UserStore users;
  private final PasswordHasher hasher;
  private final AuditLog audit;

  public AdminBootstrap(UserStore users, PasswordHasher hasher, AuditLog audit) {
    this.users = users;
    this.hasher = hasher;
    this.audit = audit;
  }

  public void ensureAdministrator(String username, String configuredPassword) {
    if (users.count() > 0) {
      return;
    }
    boolean generated = configuredPassword == null || configuredPassword.isEmpty();
    String password = generated ? randomPassword() : configuredPassword;
    try {
      users.create(username, null, hasher.hash(password), Role.ADMINISTRATOR, UserType.HUMAN);
    } catch (DuplicateKeyException anotherNodeWasFaster) {
      // several nodes on one empty system database: the first one creates the administrator
      return;
    }
    audit.record(new AuditEntry(AuditEntry.SYSTEM, AuditAction.USER_CREATED, "user", UserStore.normalise(username),
        "success", null, null, "info", "first administrator created at start-up"));
    if (generated) {
      LOG.warn("Champa created its first administrator '{}' with the generated password: {}  (shown once; "
          + "sign in and change it, or set champa.security.admin.password)", username, password);
    } else if (!PasswordPolicy.accepts(password)) {
      LOG.warn("Champa's first administrator '{}' has a configured password that does not meet the password policy; "
          + "change it before production", username);
    } else {
      LOG.info("Champa created its first administrator '{}' with the configured password", username);
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder("Ch4");
    for (int i = 0; i < 17; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
