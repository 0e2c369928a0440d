package io.champa.autoconfigure;

import java.time.Clock;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.champa.auth.audit.AuditLog;
import io.champa.auth.AdminBootstrap;
import io.champa.auth.ApiTokenService;
import io.champa.auth.ApiTokenStore;
import io.champa.auth.CamundaSignIn;
import io.champa.auth.Caller;
import io.champa.auth.JwtSecret;
import io.champa.auth.LoginAttempts;
import io.champa.auth.LoginService;
import io.champa.auth.OwnAccount;
import io.champa.auth.PasswordHasher;
import io.champa.auth.RoleAdministration;
import io.champa.auth.RoleStore;
import io.champa.auth.SecurityHousekeeping;
import io.champa.auth.SecuritySettings;
import io.champa.auth.SessionService;
import io.champa.auth.SessionStore;
import io.champa.auth.SessionTokens;
import io.champa.auth.UserAdministration;
import io.champa.auth.UserStore;
import io.champa.cache.KeyValueCache;
import io.champa.system.SystemDatabase;
import io.champa.system.SystemJdbc;

/** Identity and security on the system database: users, roles, sessions, tokens, audit. */
@Configuration(proxyBeanMethods = false)
class ChampaSecurityConfiguration {

  private static final Clock CLOCK = Clock.systemUTC();

  @Bean
  @ConditionalOnMissingBean
  SystemJdbc champaSystemJdbc(SystemDatabase database) {
    return SystemJdbc.of(database);
  }

  @Bean
  @ConditionalOnMissingBean
  SecuritySettings champaSecuritySettings(ChampaSecurityProperties properties) {
    return new SecuritySettings(properties.getSessionTimeout(), properties.getRememberMeTimeout(),
        properties.getSessionMaxLifetime(), properties.getLockout().getMaxFailures(), properties.getLockout().getDuration(),
        properties.getLoginRateLimit().getPerIp(), properties.getLoginRateLimit().getPerUsername(),
        properties.getLoginRateLimit().getWindow(), properties.isSecureCookie(),
        properties.getCamundaSignIn().isEnabled(), properties.getCamundaSignIn().getGroupRoles(),
        properties.getCamundaSignIn().getDefaultRole());
  }

  @Bean
  @ConditionalOnMissingBean
  AuditLog champaAuditLog(SystemJdbc system) {
    return new AuditLog(system.jdbc(), system.transactions(), CLOCK);
  }

  @Bean
  @ConditionalOnMissingBean
  RoleStore champaRoleStore(SystemJdbc system) {
    return new RoleStore(system.jdbc());
  }

  @Bean
  @ConditionalOnMissingBean
  UserStore champaUserStore(SystemJdbc system, RoleStore roles) {
    return new UserStore(system.jdbc(), roles);
  }

  @Bean
  @ConditionalOnMissingBean
  SessionStore champaSessionStore(SystemJdbc system) {
    return new SessionStore(system.jdbc());
  }

  @Bean
  @ConditionalOnMissingBean
  ApiTokenStore champaApiTokenStore(SystemJdbc system) {
    return new ApiTokenStore(system.jdbc());
  }

  @Bean
  @ConditionalOnMissingBean
  PasswordHasher champaPasswordHasher() {
    return new PasswordHasher();
  }

  @Bean
  @ConditionalOnMissingBean
  SessionTokens champaSessionTokens(ChampaSecurityProperties properties, SystemJdbc system) {
    return new SessionTokens(JwtSecret.resolve(properties.getJwtSecret(), system.jdbc()));
  }

  @Bean
  @ConditionalOnMissingBean
  SessionService champaSessionService(SessionStore store, KeyValueCache cache, SecuritySettings settings) {
    return new SessionService(store, cache, settings, CLOCK);
  }

  @Bean
  @ConditionalOnMissingBean
  ApiTokenService champaApiTokenService(ApiTokenStore store) {
    return new ApiTokenService(store, CLOCK);
  }

  @Bean
  @ConditionalOnMissingBean
  CamundaSignIn champaCamundaSignIn(ProcessEngine processEngine, SecuritySettings settings) {
    return new CamundaSignIn(processEngine.getIdentityService(), settings);
  }

  @Bean
  @ConditionalOnMissingBean
  LoginService champaLoginService(UserStore users, RoleStore roles, PasswordHasher hasher, SessionService sessions,
      CamundaSignIn camunda, AuditLog audit, SecuritySettings settings) {
    return new LoginService(users, roles, hasher, sessions, new LoginAttempts(settings, CLOCK), camunda, audit, settings,
        CLOCK);
  }

  @Bean
  @ConditionalOnMissingBean
  Caller champaCaller(SessionTokens tokens, SessionService sessions, ApiTokenService apiTokens, UserStore users,
      AuditLog audit) {
    return new Caller(tokens, sessions, apiTokens, users, audit, CLOCK);
  }

  @Bean
  @ConditionalOnMissingBean
  UserAdministration champaUserAdministration(UserStore users, RoleStore roles, PasswordHasher hasher,
      SessionService sessions, ApiTokenService tokens, ApiTokenStore tokenStore, AuditLog audit) {
    return new UserAdministration(users, roles, hasher, sessions, tokens, tokenStore, audit);
  }

  @Bean
  @ConditionalOnMissingBean
  RoleAdministration champaRoleAdministration(RoleStore roles, AuditLog audit) {
    return new RoleAdministration(roles, audit);
  }

  @Bean
  @ConditionalOnMissingBean
  OwnAccount champaOwnAccount(UserStore users, PasswordHasher hasher, SessionService sessions, AuditLog audit) {
    return new OwnAccount(users, hasher, sessions, audit);
  }

  @Bean
  @ConditionalOnMissingBean
  AdminBootstrap champaAdminBootstrap(UserStore users, PasswordHasher hasher, AuditLog audit,
      ChampaSecurityProperties properties) {
    AdminBootstrap bootstrap = new AdminBootstrap(users, hasher, audit);
    bootstrap.ensureAdministrator(properties.getAdmin().getUsername(), properties.getAdmin().getPassword());
    return bootstrap;
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  SecurityHousekeeping champaSecurityHousekeeping(SessionStore sessions, AuditLog audit,
      ChampaSecurityProperties properties) {
    SecurityHousekeeping housekeeping = new SecurityHousekeeping(sessions, audit, properties.getAudit().getRetention(), CLOCK);
    housekeeping.start();
    return housekeeping;
  }
}
