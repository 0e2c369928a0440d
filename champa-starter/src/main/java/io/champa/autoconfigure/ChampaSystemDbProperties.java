package io.champa.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * Champa's own database (schema {@code auth}): users, sessions, audit, settings, roll-ups.
 * Several Champa nodes share one; the embedded default suits a single node.
 */
@ConfigurationProperties(prefix = "champa.system-db")
public class ChampaSystemDbProperties {

  /** JDBC URL of the system database; the default is an embedded H2 file database under ./data. */
  private String url = "jdbc:h2:file:./data/champa-system;DB_CLOSE_ON_EXIT=FALSE";

  /** User name for the system database. */
  private String username = "sa";

  /** Password for the system database. */
  private String password = "";

  /** Maximum number of pooled connections to the system database. */
  private int maximumPoolSize = 10;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    Assert.isTrue(url != null && url.startsWith("jdbc:"), "champa.system-db.url must be a JDBC URL starting with 'jdbc:'");
    this.url = url;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public int getMaximumPoolSize() {
    return maximumPoolSize;
  }

  public void setMaximumPoolSize(int maximumPoolSize) {
    Assert.isTrue(maximumPoolSize >= 1, "champa.system-db.maximum-pool-size must be at least 1");
    this.maximumPoolSize = maximumPoolSize;
  }
}
