package io.champa.auth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;

/**
 * The signed token a browser or client holds for a session: an HS256 JWT naming the user and the
 * session. Only signed tokens with Champa's key are accepted ({@code alg=none}, other keys,
 * edited or expired tokens are refused); the session record still decides whether it is live.
 * The CSRF token is derived from the session id with the same key, so nothing extra is stored.
 */
public class SessionTokens {

  private final SecretKey key;

  public SessionTokens(byte[] secret) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("The JWT secret must be at least 32 bytes");
    }
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  public String issue(Session session, Instant expiresAt) {
    return Jwts.builder()
        .subject(session.userId())
        .claim("sid", session.id())
        .issuedAt(Date.from(session.createdAt()))
        .expiration(Date.from(expiresAt))
        .signWith(key, Jwts.SIG.HS256)
        .compact();
  }

  /** The session id a token carries, if the token is ours, unaltered and unexpired. */
  public Optional<String> sessionId(String token) {
    try {
      Claims claims = Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload();
      return Optional.ofNullable(claims.get("sid", String.class));
    } catch (JwtException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String csrfToken(String sessionId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(("csrf:" + sessionId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
