package io.champa.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 with HMAC-SHA256, a 16-byte salt per password and 310,000 iterations (OWASP's figure for
 * this algorithm). The stored form names algorithm and iterations, so either can be raised later
 * without breaking existing hashes: {@code pbkdf2-sha256$310000$<salt>$<hash>}.
 */
public class PasswordHasher {

  static final int ITERATIONS = 310_000;
  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;

  private final SecureRandom random = new SecureRandom();
  private final int iterations;
  /** Checked when a user does not exist, so that answer takes as long as a wrong password. */
  private final String dummyHash;

  public PasswordHasher() {
    this(ITERATIONS);
  }

  PasswordHasher(int iterations) {
    this.iterations = iterations;
    this.dummyHash = hash("not-a-password-" + random.nextLong());
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] key = derive(password, salt, iterations);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return PREFIX + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(key);
  }

  /** Whether the password matches; {@code false} for a null or malformed hash. Constant-time compare. */
  public boolean matches(String password, String storedHash) {
    if (password == null || storedHash == null) {
      return false;
    }
    String[] parts = storedHash.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    Base64.Decoder base64 = Base64.getDecoder();
    byte[] expected = base64.decode(parts[3]);
    byte[] actual = derive(password, base64.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends the same time as checking a real password, for a user that does not exist. */
  public void matchAgainstDummy(String password) {
    matches(password == null ? "" : password, dummyHash);
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JVM", e);
    } finally {
      spec.clearPassword();
    }
  }
}
