package io.champa.auth.web;

import java.time.Duration;
import java.time.Instant;

import org.springframework.http.ResponseCookie;

import io.champa.web.ApiPaths;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The session cookie: HttpOnly (scripts cannot read it), SameSite=Strict (other sites cannot
 * send it), Secure under HTTPS or when configured, scoped to Camunda's webapp path. A remember-me
 * session's cookie outlives the browser; a normal one does not.
 */
public class SessionCookie {

  private final ApiPaths paths;
  private final boolean alwaysSecure;

  public SessionCookie(ApiPaths paths, boolean alwaysSecure) {
    this.paths = paths;
    this.alwaysSecure = alwaysSecure;
  }

  String issue(HttpServletRequest request, String token, boolean rememberMe, Instant expiresAt) {
    ResponseCookie.ResponseCookieBuilder cookie = base(request, token);
    if (rememberMe) {
      cookie.maxAge(Duration.between(Instant.now(), expiresAt));
    }
    return cookie.build().toString();
  }

  String clear(HttpServletRequest request) {
    return base(request, "").maxAge(Duration.ZERO).build().toString();
  }

  private ResponseCookie.ResponseCookieBuilder base(HttpServletRequest request, String value) {
    String path = request.getContextPath() + paths.applicationPath();
    return ResponseCookie.from(AuthenticationFilter.COOKIE, value)
        .httpOnly(true)
        .sameSite("Strict")
        .secure(alwaysSecure || request.isSecure())
        .path(path.isEmpty() ? "/" : path);
  }
}
