package io.champa.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Signs Camunda users in with their Camunda credentials and decides their Champa role from their
 * Camunda groups: the first configured group they belong to names the role; without one, the
 * default role, or no access at all when there is none.
 */
public class CamundaSignIn {

  private final IdentityService identityService;
  private final SecuritySettings settings;

  public CamundaSignIn(IdentityService identityService, SecuritySettings settings) {
    this.identityService = identityService;
    this.settings = settings;
  }

  public boolean enabled() {
    return settings.camundaSignIn();
  }

  public boolean checkPassword(String username, String password) {
    return enabled() && identityService.checkPassword(username, password);
  }

  /** The Champa role name for a Camunda user, if any group (or the default) grants one. */
  public Optional<String> roleFor(String username) {
    List<String> groups = identityService.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
    for (Map.Entry<String, String> mapping : settings.camundaGroupRoles().entrySet()) {
      if (groups.contains(mapping.getKey())) {
        return Optional.of(mapping.getValue());
      }
    }
    String fallback = settings.camundaDefaultRole();
    return fallback == null || fallback.isBlank() ? Optional.empty() : Optional.of(fallback);
  }

  /** The e-mail Camunda has for the user, to fill in the linked record. */
  public String emailOf(String username) {
    org.camunda.bpm.engine.identity.User user = identityService.createUserQuery().userId(username).singleResult();
    return user == null ? null : user.getEmail();
  }
}
