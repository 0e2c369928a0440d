package io.champa.auth;

import java.util.Locale;

/** How a user proves who they are. */
public enum UserType {
  /** Signs in with a Champa password. */
  HUMAN,
  /** Cannot sign in to the UI; uses API tokens. */
  API,
  /** Signs in with Camunda credentials; the record links to the Camunda user of the same name. */
  CAMUNDA;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static UserType ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
