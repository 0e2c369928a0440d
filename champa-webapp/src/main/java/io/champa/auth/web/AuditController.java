package io.champa.auth.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.champa.auth.audit.AuditAction;
import io.champa.auth.audit.AuditFilter;
import io.champa.auth.audit.AuditLog;
import io.champa.auth.audit.AuditRecord;
import io.champa.auth.Permission;
import io.champa.auth.RequiresPermission;
import io.champa.web.ApiProblem;
import io.champa.web.ChampaApi;
import io.champa.web.Paging;

/** The audit log: search with filters and paging, and verify the hash chain. */
@ChampaApi
@RequestMapping("/admin/audit")
@RequiresPermission(Permission.MANAGE_USERS)
public class AuditController {

  private final AuditLog audit;

  public AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping
  public Paging.Page<AuditRecord> search(@RequestParam(required = false) String user,
      @RequestParam(required = false) String action, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Paging paging = Paging.of(page, size);
    if (q != null && q.length() > 200) {
      throw ApiProblem.badRequest("q may have at most 200 characters");
    }
    AuditFilter filter = new AuditFilter(user, action(action), instant("from", from), instant("to", to), q);
    return paging.page(audit.search(filter, paging.offset(), paging.size()), audit.count(filter));
  }

  @GetMapping("/verify")
  public AuditLog.ChainVerification verify() {
    return audit.verify();
  }

  private static AuditAction action(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return AuditAction.ofCode(code);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("Unknown audit action '" + code + "'");
    }
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest(name + " must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
    }
  }
}
