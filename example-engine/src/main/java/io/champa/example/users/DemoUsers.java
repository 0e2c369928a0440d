package io.champa.example.users;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The people of the demo and their groups, which the user tasks' candidate groups refer to.
 * Creates only what is missing, so it is safe on every start. Passwords equal user ids: demo only.
 */
@Component
public class DemoUsers {

  private static final Map<String, String> GROUPS = Map.of(
      "sales", "Sales",
      "accounting", "Accounting",
      "logistics", "Logistics",
      "risk", "Risk",
      "management", "Management");

  private record Person(String id, String firstName, String lastName, List<String> groups) {
  }

  private static final List<Person> PEOPLE = List.of(
      new Person("mary", "Mary", "Anne", List.of("sales", "management")),
      new Person("peter", "Peter", "Meter", List.of("accounting", "risk")),
      new Person("john", "John", "Doe", List.of("logistics", "accounting")));

  private final IdentityService identityService;

  public DemoUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Creates the missing groups, users and memberships. */
  public void ensureExist() {
    GROUPS.forEach((id, name) -> {
      if (identityService.createGroupQuery().groupId(id).count() == 0) {
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
      }
    });
    for (Person person : PEOPLE) {
      if (identityService.createUserQuery().userId(person.id()).count() == 0) {
        User user = identityService.newUser(person.id());
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEmail(person.id() + "@example.com");
        user.setPassword(person.id());
        identityService.saveUser(user);
      }
      for (String group : person.groups()) {
        if (identityService.createUserQuery().userId(person.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(person.id(), group);
        }
      }
    }
  }
}
