package io.champa.auth;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request came from, for sessions, rate limits and the audit log. The client address is
 * the container's view; behind a proxy, Tomcat's {@code RemoteIpValve}
 * ({@code server.forward-headers-strategy=native}) makes it the real client's.
 *
 * @param ip client address
 * @param userAgent the browser's self-description, cut to 400 characters
 */
public record RequestInfo(String ip, String userAgent) {

  public static final RequestInfo SYSTEM = new RequestInfo(null, null);

  public static RequestInfo of(HttpServletRequest request) {
    String agent = request.getHeader("User-Agent");
    return new RequestInfo(request.getRemoteAddr(), agent == null ? null : agent.substring(0, Math.min(400, agent.length())));
  }
}
