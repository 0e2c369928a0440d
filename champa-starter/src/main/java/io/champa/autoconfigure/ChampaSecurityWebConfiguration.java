package io.champa.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import io.champa.auth.audit.AuditLog;
import io.champa.auth.web.AuditController;
import io.champa.auth.Caller;
import io.champa.auth.LoginService;
import io.champa.auth.OwnAccount;
import io.champa.auth.RoleAdministration;
import io.champa.auth.SessionService;
import io.champa.auth.SessionTokens;
import io.champa.auth.UserAdministration;
import io.champa.auth.UserStore;
import io.champa.auth.web.ApiTokenAdminController;
import io.champa.auth.web.AuthController;
import io.champa.auth.web.AuthenticationFilter;
import io.champa.auth.web.PermissionInterceptor;
import io.champa.auth.web.RoleAdminController;
import io.champa.auth.web.SessionAdminController;
import io.champa.auth.web.SessionCookie;
import io.champa.auth.web.UserAdminController;
import io.champa.web.ApiPaths;
import io.champa.web.ProblemWriter;

/** The HTTP side of security: the filter in front of the API, the permission check, the auth and admin endpoints. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ChampaSecurityWebConfiguration {

  @Bean
  FilterRegistrationBean<AuthenticationFilter> champaAuthenticationFilter(ApiPaths paths, Caller caller,
      ProblemWriter problems, ChampaSecurityProperties properties) {
    FilterRegistrationBean<AuthenticationFilter> registration = new FilterRegistrationBean<>(
        new AuthenticationFilter(paths, caller, problems, properties.getMaxRequestSize().toBytes()));
    registration.addUrlPatterns(paths.apiBase() + "/*");
    registration.setName("champaAuthenticationFilter");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  @ConditionalOnMissingBean
  PermissionInterceptor champaPermissionInterceptor(AuditLog audit) {
    return new PermissionInterceptor(audit);
  }

  @Bean
  @ConditionalOnMissingBean
  SessionCookie champaSessionCookie(ApiPaths paths, ChampaSecurityProperties properties) {
    return new SessionCookie(paths, properties.isSecureCookie());
  }

  @Bean
  @ConditionalOnMissingBean
  AuthController champaAuthController(LoginService login, SessionService sessions, SessionTokens tokens,
      SessionCookie cookie, UserStore users, OwnAccount account, AuditLog audit) {
    return new AuthController(login, sessions, tokens, cookie, users, account, audit);
  }

  @Bean
  @ConditionalOnMissingBean
  UserAdminController champaUserAdminController(UserStore users, UserAdministration administration) {
    return new UserAdminController(users, administration);
  }

  @Bean
  @ConditionalOnMissingBean
  ApiTokenAdminController champaApiTokenAdminController(UserAdministration administration) {
    return new ApiTokenAdminController(administration);
  }

  @Bean
  @ConditionalOnMissingBean
  RoleAdminController champaRoleAdminController(RoleAdministration roles) {
    return new RoleAdminController(roles);
  }

  @Bean
  @ConditionalOnMissingBean
  SessionAdminController champaSessionAdminController(SessionService sessions, UserStore users, AuditLog audit) {
    return new SessionAdminController(sessions, users, audit);
  }

  @Bean
  @ConditionalOnMissingBean
  AuditController champaAuditController(AuditLog audit) {
    return new AuditController(audit);
  }
}
