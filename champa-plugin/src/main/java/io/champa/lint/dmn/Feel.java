package io.champa.lint.dmn;

import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;

/**
 * Parses FEEL with the engine Camunda 7's DMN engine evaluates it with (org.camunda.feel, the
 * Scala FEEL engine that camunda-engine-feel-scala wraps). Built once, on first use; parsing is
 * thread-safe. Returns the parser's message for text that does not parse, else {@code null}.
 */
final class Feel {

  private Feel() {
  }

  private static final class Holder {
    static final FeelEngineApi ENGINE = FeelEngineBuilder.forJava().build();
  }

  static String unaryTestsError(String text) {
    return message(Holder.ENGINE.parseUnaryTests(text));
  }

  static String expressionError(String text) {
    return message(Holder.ENGINE.parseExpression(text));
  }

  private static String message(ParseResult result) {
    return result.isSuccess() ? null : String.valueOf(result.failure().message());
  }
}
