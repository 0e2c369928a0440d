package io.champa.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission an endpoint needs: the one place each endpoint declares it. On a controller it
 * applies to all its methods; on a method it wins over the controller's. An endpoint that
 * declares neither this, {@link SignedInOnly} nor {@link PublicEndpoint} is refused to everyone
 * (and a test fails).
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresPermission {

  Permission value();
}
