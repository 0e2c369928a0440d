package io.champa.auth;

import java.util.Locale;

/** What a role may do. {@link #FULL_ACCESS} implies every other permission. */
public enum Permission {
  FULL_ACCESS,
  API_ACCESS,
  PORTFOLIO_DATA,
  EXTENDED_DASHBOARD_DATA,
  BPMN_ANALYSIS_DATA,
  DMN_ANALYSIS_DATA,
  HEALTH_MONITOR_DATA,
  JOURNEY_ANALYSIS_DATA,
  AI_ANALYSIS_DATA,
  DIFF_TOOL_DATA,
  MODEL_VALIDATION_DATA,
  MANAGE_USERS,
  MANAGE_ROLES;

  /** The name used in the API and the database, e.g. {@code portfolio_data}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException for a name that is no permission */
  public static Permission ofCode(String code) {
    for (Permission permission : values()) {
      if (permission.code().equals(code)) {
        return permission;
      }
    }
    throw new IllegalArgumentException("Unknown permission '" + code + "'");
  }
}
