package io.champa.auth.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.champa.auth.Actor;
import io.champa.auth.Permission;
import io.champa.auth.RequestInfo;
import io.champa.auth.RequiresPermission;
import io.champa.auth.SignedInUser;
import io.champa.auth.UserAdministration;
import io.champa.auth.UserStore;
import io.champa.auth.UserType;
import io.champa.web.ApiProblem;
import io.champa.web.ChampaApi;
import io.champa.web.Paging;
import jakarta.servlet.http.HttpServletRequest;

/** Users: list, create, change, disable, unlock, reset password, delete. */
@ChampaApi
@RequestMapping("/admin/users")
@RequiresPermission(Permission.MANAGE_USERS)
public class UserAdminController {

  private final UserStore users;
  private final UserAdministration administration;

  public UserAdminController(UserStore users, UserAdministration administration) {
    this.users = users;
    this.administration = administration;
  }

  @GetMapping
  public Paging.Page<UserView> list(@RequestParam(defaultValue = "") String search, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Paging paging = Paging.of(page, size);
    List<UserView> items = users.search(search, paging.offset(), paging.size()).stream().map(UserView::of).toList();
    return paging.page(items, users.countMatching(search));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public UserView create(@RequestBody NewUser body, @RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user,
      HttpServletRequest request) {
    require(body != null, "A body with username, role and type is required");
    return UserView.of(administration.create(body.username(), body.email(), body.password(), body.role(),
        type(body.type()), actor(user, request)));
  }

  @PutMapping("/{id}")
  public UserView update(@PathVariable String id, @RequestBody UserChange body,
      @RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user, HttpServletRequest request) {
    require(body != null, "A body with email and role is required");
    return UserView.of(administration.update(id, body.email(), body.role(), actor(user, request)));
  }

  @PostMapping("/{id}/status")
  public UserView status(@PathVariable String id, @RequestBody StatusChange body,
      @RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user, HttpServletRequest request) {
    require(body != null && ("active".equals(body.status()) || "disabled".equals(body.status())),
        "status must be 'active' or 'disabled'");
    return UserView.of(administration.setActive(id, "active".equals(body.status()), actor(user, request)));
  }

  @PostMapping("/{id}/unlock")
  public UserView unlock(@PathVariable String id, @RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user,
      HttpServletRequest request) {
    return UserView.of(administration.unlock(id, actor(user, request)));
  }

  @PostMapping("/{id}/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void resetPassword(@PathVariable String id, @RequestBody PasswordReset body,
      @RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user, HttpServletRequest request) {
    require(body != null && body.newPassword() != null, "newPassword is required");
    administration.resetPassword(id, body.newPassword(), actor(user, request));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void delete(@PathVariable String id, @RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user,
      HttpServletRequest request) {
    administration.delete(id, actor(user, request));
  }

  static Actor actor(SignedInUser user, HttpServletRequest request) {
    return new Actor(user, RequestInfo.of(request));
  }

  static void require(boolean condition, String detail) {
    if (!condition) {
      throw ApiProblem.badRequest(detail);
    }
  }

  private static UserType type(String code) {
    if (code == null) {
      return UserType.HUMAN;
    }
    if (!"human".equals(code) && !"api".equals(code)) {
      throw ApiProblem.badRequest("type must be 'human' or 'api'");
    }
    return UserType.ofCode(code);
  }

  /** A user to create. */
  public record NewUser(String username, String email, String password, String role, String type) {
  }

  /** Changes to a user. */
  public record UserChange(String email, String role) {
  }

  /** Enable or disable. */
  public record StatusChange(String status) {
  }

  /** A new password set by an administrator. */
  public record PasswordReset(String newPassword) {
  }
}
