package io.champa.auth.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.springframework.web.filter.OncePerRequestFilter;

import io.champa.auth.AuthProblems;
import io.champa.auth.Caller;
import io.champa.auth.SignedInUser;
import io.champa.web.ApiPaths;
import io.champa.web.ApiProblem;
import io.champa.web.Problem;
import io.champa.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs before every Champa API request: sets security headers, refuses oversized bodies, finds out
 * who is calling (session cookie, bearer session token, bearer API token, or basic
 * {@code user:token} for scrapers) and, for cookie sessions, checks the CSRF header on every
 * state-changing request. Whether the caller may use the endpoint is the
 * {@link PermissionInterceptor}'s decision, which knows the endpoint.
 */
public class AuthenticationFilter extends OncePerRequestFilter {

  public static final String COOKIE = "CHAMPA_SESSION";
  public static final String CSRF_HEADER = "X-Champa-CSRF";
  /** Why a presented credential was not accepted; the interceptor says so in its 401. */
  static final String REJECTED_ATTRIBUTE = "io.champa.auth.rejected";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final long AUTH_BODY_LIMIT = 16 * 1024;

  private final ApiPaths paths;
  private final Caller caller;
  private final ProblemWriter problems;
  private final long bodyLimit;

  public AuthenticationFilter(ApiPaths paths, Caller caller, ProblemWriter problems, long bodyLimit) {
    this.paths = paths;
    this.caller = caller;
    this.problems = problems;
    this.bodyLimit = bodyLimit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    securityHeaders(response);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    long limit = path.startsWith(paths.apiBase() + "/auth/") ? AUTH_BODY_LIMIT : bodyLimit;
    if (request.getContentLengthLong() > limit) {
      problems.write(response, Problem.of(413, "Payload too large", "The request body may have at most " + limit + " bytes"));
      return;
    }
    try {
      Optional<SignedInUser> user = identify(request);
      if (user.isPresent()) {
        request.setAttribute(SignedInUser.ATTRIBUTE, user.get());
        checkCsrf(request, user.get(), path);
      }
    } catch (ApiProblem problem) {
      problems.write(response, problem.toProblem());
      return;
    }
    chain.doFilter(request, response);
  }

  private Optional<SignedInUser> identify(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    Caller.Result result;
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      result = caller.bearer(authorization.substring(7).trim());
    } else if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      result = basic(authorization.substring(6).trim());
    } else {
      String cookie = cookie(request);
      if (cookie == null) {
        return Optional.empty();
      }
      result = caller.cookie(cookie);
    }
    if (result.user() == null) {
      request.setAttribute(REJECTED_ATTRIBUTE, result.rejection());
    }
    return Optional.ofNullable(result.user());
  }

  private Caller.Result basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Caller.Result.rejected("Malformed basic credentials");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Caller.Result.rejected("Malformed basic credentials");
    }
    return caller.basicToken(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  private void checkCsrf(HttpServletRequest request, SignedInUser user, String path) {
    if (user.via() != SignedInUser.Credential.COOKIE || SAFE_METHODS.contains(request.getMethod())
        || path.equals(paths.apiBase() + "/auth/login")) {
      return;
    }
    String presented = request.getHeader(CSRF_HEADER);
    if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
        user.csrfToken().getBytes(StandardCharsets.UTF_8))) {
      throw AuthProblems.forbidden("Missing or wrong " + CSRF_HEADER + " header for a cookie session");
    }
  }

  private static String cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
        return cookie.getValue();
      }
    }
    return null;
  }

  private static void securityHeaders(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  }
}
