package io.champa.auth;

import java.util.Set;

/**
 * A role: a named set of permissions. System roles cannot be renamed, changed or deleted.
 *
 * @param id stable id (for system roles their name)
 * @param name unique name
 * @param description what it is for
 * @param system whether Champa defines it
 * @param permissions what it grants
 * @param userCount how many users have it
 */
public record Role(String id, String name, String description, boolean system, Set<Permission> permissions,
    long userCount) {

  public static final String ADMINISTRATOR = "administrator";
}
