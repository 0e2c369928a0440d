package io.champa.auth.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.champa.auth.ApiToken;
import io.champa.auth.ApiTokenService;
import io.champa.auth.Permission;
import io.champa.auth.RequiresPermission;
import io.champa.auth.SignedInUser;
import io.champa.auth.UserAdministration;
import io.champa.web.ChampaApi;
import jakarta.servlet.http.HttpServletRequest;

/** API tokens: list, create (the secret is in this one answer only), revoke. */
@ChampaApi
@RequestMapping("/admin/api-tokens")
@RequiresPermission(Permission.MANAGE_USERS)
public class ApiTokenAdminController {

  private final UserAdministration administration;

  public ApiTokenAdminController(UserAdministration administration) {
    this.administration = administration;
  }

  @GetMapping
  public Items list(@RequestParam(required = false) String userId) {
    return new Items(administration.tokens(userId));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public CreatedToken create(@RequestBody NewToken body, @RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user,
      HttpServletRequest request) {
    UserAdminController.require(body != null && body.userId() != null, "userId and name are required");
    ApiTokenService.Created created = administration.createToken(body.userId(), body.name(), body.lifetimeDays(),
        UserAdminController.actor(user, request));
    ApiToken token = created.token();
    return new CreatedToken(token.id(), created.secret(), token.userId(), token.username(), token.name(), token.createdAt(),
        token.expiresAt());
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void revoke(@PathVariable String id, @RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user,
      HttpServletRequest request) {
    administration.revokeToken(id, UserAdminController.actor(user, request));
  }

  /** Tokens, newest first. */
  public record Items(List<ApiToken> items) {
  }

  /** A token to create; {@code lifetimeDays} 7–365 or {@code null} for no expiry. */
  public record NewToken(String userId, String name, Integer lifetimeDays) {
  }

  /** The created token with its secret, shown this once. */
  public record CreatedToken(String id, String token, String userId, String username, String name, Instant createdAt,
      Instant expiresAt) {
  }
}
