package io.champa.auth.web;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import io.champa.auth.audit.AuditAction;
import io.champa.auth.audit.AuditEntry;
import io.champa.auth.audit.AuditLog;
import io.champa.auth.AuthProblems;
import io.champa.auth.Permission;
import io.champa.auth.PublicEndpoint;
import io.champa.auth.RequestInfo;
import io.champa.auth.RequiresPermission;
import io.champa.auth.SignedInOnly;
import io.champa.auth.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets a request reach a Champa endpoint only as that endpoint declares: public, any signed-in
 * user, or a permission. An endpoint that declares nothing is refused to everyone. Refusals of a
 * signed-in user are audited as {@code permission_denied}.
 */
public class PermissionInterceptor implements HandlerInterceptor {

  private final AuditLog audit;

  public PermissionInterceptor(AuditLog audit) {
    this.audit = audit;
  }

  /**
   * What an endpoint requires: its method's declaration, else its class's; {@code null} when it
   * declares nothing.
   */
  public static Requirement requirementOf(HandlerMethod method) {
    Requirement onMethod = declared(method.getMethod());
    return onMethod != null ? onMethod : declared(method.getBeanType());
  }

  private static Requirement declared(java.lang.reflect.AnnotatedElement element) {
    if (AnnotatedElementUtils.hasAnnotation(element, PublicEndpoint.class)) {
      return Requirement.PUBLIC;
    }
    RequiresPermission permission = AnnotatedElementUtils.findMergedAnnotation(element, RequiresPermission.class);
    if (permission != null) {
      return new Requirement(permission.value(), false);
    }
    return AnnotatedElementUtils.hasAnnotation(element, SignedInOnly.class) ? Requirement.SIGNED_IN : null;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    Requirement requirement = requirementOf(method);
    if (requirement == Requirement.PUBLIC) {
      return true;
    }
    SignedInUser user = (SignedInUser) request.getAttribute(SignedInUser.ATTRIBUTE);
    if (user == null) {
      Object rejected = request.getAttribute(AuthenticationFilter.REJECTED_ATTRIBUTE);
      throw AuthProblems.signInRequired(rejected != null ? rejected.toString() : "Sign in or present an API token");
    }
    if (requirement == null) {
      deny(request, user, "endpoint declares no permission");
    } else if (user.via() == SignedInUser.Credential.API_TOKEN && !user.has(Permission.API_ACCESS)) {
      deny(request, user, "API tokens need the api_access permission");
    } else if (requirement.permission() != null && !user.has(requirement.permission())) {
      deny(request, user, "needs " + requirement.permission().code());
    }
    return true;
  }

  private void deny(HttpServletRequest request, SignedInUser user, String why) {
    RequestInfo info = RequestInfo.of(request);
    audit.record(new AuditEntry(user.username(), AuditAction.PERMISSION_DENIED, "endpoint",
        request.getMethod() + " " + request.getRequestURI(), "denied", info.ip(), info.userAgent(), "warning", why));
    throw AuthProblems.forbidden("Your role does not allow this: " + why);
  }

  /** What an endpoint needs: nothing, a signed-in user, or a permission. */
  public record Requirement(Permission permission, boolean isPublic) {
    public static final Requirement PUBLIC = new Requirement(null, true);
    public static final Requirement SIGNED_IN = new Requirement(null, false);
  }
}
