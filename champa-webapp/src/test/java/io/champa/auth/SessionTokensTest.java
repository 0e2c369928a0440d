package io.champa.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SessionTokensTest {

  private final SessionTokens tokens = new SessionTokens("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
  private final Session session = new Session("sid-1", "user-1", Instant.now(), Instant.now(),
      Instant.now().plusSeconds(3600), false, null, null, null);

  @Test
  void ownTokenNamesItsSession() {
    assertThat(tokens.sessionId(tokens.issue(session, Instant.now().plusSeconds(60)))).hasValue("sid-1");
  }

  @Test
  void expiredTokenIsRefused() {
    assertThat(tokens.sessionId(tokens.issue(session, Instant.now().minusSeconds(1)))).isEmpty();
  }

  @Test
  void unsignedTokenIsRefused() {
    String[] parts = tokens.issue(session, Instant.now().plusSeconds(60)).split("\\.");
    String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(tokens.sessionId(header + "." + parts[1] + ".")).isEmpty();
  }

  @Test
  void tokenOfAnotherKeyIsRefused() {
    SessionTokens other = new SessionTokens("another-key-another-key-another-key".getBytes(StandardCharsets.UTF_8));

    assertThat(tokens.sessionId(other.issue(session, Instant.now().plusSeconds(60)))).isEmpty();
    assertThat(tokens.sessionId("garbage")).isEmpty();
  }

  @Test
  void csrfTokenIsStablePerSessionAndDiffersBetweenSessions() {
    assertThat(tokens.csrfToken("a")).isEqualTo(tokens.csrfToken("a")).isNotEqualTo(tokens.csrfToken("b"));
  }

  @Test
  void shortSecretsAreRefused() {
    assertThatThrownBy(() -> new SessionTokens("short".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("at least 32 bytes");
  }
}
