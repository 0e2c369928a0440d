package io.champa.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Marks a Champa JSON API controller. Such controllers are beans the starter creates, never
 * component-scanned, and only {@link ChampaApiHandlerMapping} maps them, under the API base path
 * (by default {@code /camunda/champa/api}). The host's own handler mapping ignores them because
 * this is deliberately not a {@code @Controller}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ResponseBody
public @interface ChampaApi {
}
