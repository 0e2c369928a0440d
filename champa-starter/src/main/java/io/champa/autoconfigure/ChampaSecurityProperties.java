package io.champa.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/** Sign-in, sessions, lock-out, the first administrator, Camunda sign-in and audit retention. */
@ConfigurationProperties(prefix = "champa.security")
public class ChampaSecurityProperties {

  /** Key that signs session tokens, at least 32 characters; when empty, one is generated and kept in the system DB. */
  private String jwtSecret = "";

  /** Idle timeout of a normal session; each request moves it forward. */
  private Duration sessionTimeout = Duration.ofHours(1);

  /** Lifetime of a remember-me session. */
  private Duration rememberMeTimeout = Duration.ofDays(30);

  /** Longest a normal session lives, however active it is. */
  private Duration sessionMaxLifetime = Duration.ofHours(12);

  /** Whether the session cookie is always marked Secure; otherwise it is under HTTPS only. */
  private boolean secureCookie = false;

  /** Largest request body the API accepts (sign-in requests: 16 KB); room for two 10 MB models to diff. */
  private DataSize maxRequestSize = DataSize.ofMegabytes(24);

  private final Lockout lockout = new Lockout();
  private final LoginRateLimit loginRateLimit = new LoginRateLimit();
  private final Admin admin = new Admin();
  private final CamundaSignIn camundaSignIn = new CamundaSignIn();
  private final Audit audit = new Audit();

  public String getJwtSecret() {
    return jwtSecret;
  }

  public void setJwtSecret(String jwtSecret) {
    Assert.isTrue(jwtSecret == null || jwtSecret.isEmpty() || jwtSecret.length() >= 32,
        "champa.security.jwt-secret must have at least 32 characters");
    this.jwtSecret = jwtSecret;
  }

  public Duration getSessionTimeout() {
    return sessionTimeout;
  }

  public void setSessionTimeout(Duration sessionTimeout) {
    positive(sessionTimeout, "champa.security.session-timeout");
    this.sessionTimeout = sessionTimeout;
  }

  public Duration getRememberMeTimeout() {
    return rememberMeTimeout;
  }

  public void setRememberMeTimeout(Duration rememberMeTimeout) {
    positive(rememberMeTimeout, "champa.security.remember-me-timeout");
    this.rememberMeTimeout = rememberMeTimeout;
  }

  public Duration getSessionMaxLifetime() {
    return sessionMaxLifetime;
  }

  public void setSessionMaxLifetime(Duration sessionMaxLifetime) {
    positive(sessionMaxLifetime, "champa.security.session-max-lifetime");
    this.sessionMaxLifetime = sessionMaxLifetime;
  }

  public boolean isSecureCookie() {
    return secureCookie;
  }

  public void setSecureCookie(boolean secureCookie) {
    this.secureCookie = secureCookie;
  }

  public DataSize getMaxRequestSize() {
    return maxRequestSize;
  }

  public void setMaxRequestSize(DataSize maxRequestSize) {
    Assert.isTrue(maxRequestSize != null && maxRequestSize.toBytes() >= 1024,
        "champa.security.max-request-size must be at least 1KB");
    this.maxRequestSize = maxRequestSize;
  }

  public Lockout getLockout() {
    return lockout;
  }

  public LoginRateLimit getLoginRateLimit() {
    return loginRateLimit;
  }

  public Admin getAdmin() {
    return admin;
  }

  public CamundaSignIn getCamundaSignIn() {
    return camundaSignIn;
  }

  public Audit getAudit() {
    return audit;
  }

  static void positive(Duration duration, String property) {
    Assert.isTrue(duration != null && !duration.isNegative() && !duration.isZero(), property + " must be positive");
  }

  /** Locking accounts after failed sign-ins. */
  public static class Lockout {

    /** Failed sign-ins in a row after which the account locks. */
    private int maxFailures = 5;

    /** How long a locked account stays locked. */
    private Duration duration = Duration.ofMinutes(15);

    public int getMaxFailures() {
      return maxFailures;
    }

    public void setMaxFailures(int maxFailures) {
      Assert.isTrue(maxFailures >= 1, "champa.security.lockout.max-failures must be at least 1");
      this.maxFailures = maxFailures;
    }

    public Duration getDuration() {
      return duration;
    }

    public void setDuration(Duration duration) {
      positive(duration, "champa.security.lockout.duration");
      this.duration = duration;
    }
  }

  /** Rate limits on sign-in attempts, per node. */
  public static class LoginRateLimit {

    /** Sign-in attempts allowed from one client address within the window. */
    private int perIp = 60;

    /** Sign-in attempts allowed for one user name within the window. */
    private int perUsername = 20;

    /** The sliding window the limits count in. */
    private Duration window = Duration.ofMinutes(5);

    public int getPerIp() {
      return perIp;
    }

    public void setPerIp(int perIp) {
      Assert.isTrue(perIp >= 1, "champa.security.login-rate-limit.per-ip must be at least 1");
      this.perIp = perIp;
    }

    public int getPerUsername() {
      return perUsername;
    }

    public void setPerUsername(int perUsername) {
      Assert.isTrue(perUsername >= 1, "champa.security.login-rate-limit.per-username must be at least 1");
      this.perUsername = perUsername;
    }

    public Duration getWindow() {
      return window;
    }

    public void setWindow(Duration window) {
      positive(window, "champa.security.login-rate-limit.window");
      this.window = window;
    }
  }

  /** The administrator created on a system database without users. */
  public static class Admin {

    /** User name of the first administrator. */
    private String username = "admin";

    /** Password of the first administrator; when empty, a random one is generated and logged once. */
    private String password = "";

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      Assert.hasText(username, "champa.security.admin.username must not be empty");
      this.username = username;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }
  }

  /** Signing in with Camunda credentials. */
  public static class CamundaSignIn {

    /** Whether Camunda users may sign in with their Camunda user name and password. */
    private boolean enabled = false;

    /** Camunda group id to Champa role name; the first group a user is in decides. */
    private Map<String, String> groupRoles = new LinkedHashMap<>(Map.of("camunda-admin", "administrator"));

    /** Role for Camunda users in none of the mapped groups; empty: such users are refused. */
    private String defaultRole = "";

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Map<String, String> getGroupRoles() {
      return groupRoles;
    }

    public void setGroupRoles(Map<String, String> groupRoles) {
      this.groupRoles = groupRoles;
    }

    public String getDefaultRole() {
      return defaultRole;
    }

    public void setDefaultRole(String defaultRole) {
      this.defaultRole = defaultRole;
    }
  }

  /** The audit log. */
  public static class Audit {

    /** How long audit rows are kept. */
    private Duration retention = Duration.ofDays(365);

    public Duration getRetention() {
      return retention;
    }

    public void setRetention(Duration retention) {
      positive(retention, "champa.security.audit.retention");
      this.retention = retention;
    }
  }
}
