package io.champa.lint.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

import io.champa.auth.Actor;
import io.champa.auth.Permission;
import io.champa.auth.RequestInfo;
import io.champa.auth.RequiresPermission;
import io.champa.auth.SignedInUser;
import io.champa.auth.audit.AuditAction;
import io.champa.auth.audit.AuditLog;
import io.champa.diff.DeployedModels;
import io.champa.diff.ModelType;
import io.champa.lint.DeployLintGate;
import io.champa.lint.LintService;
import io.champa.lint.LintSettings;
import io.champa.lint.Rule;
import io.champa.lint.Severity;
import io.champa.web.ApiProblem;
import io.champa.web.ChampaApi;
import io.champa.web.ModelProblems;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The model linter: lint an upload (raw XML body or multipart {@code file}) or a deployed
 * version, list the rules as configured, change the configuration (administrators, audited), and
 * see what the deploy-time gate found on this node.
 */
@ChampaApi
@RequestMapping("/lint")
@RequiresPermission(Permission.MODEL_VALIDATION_DATA)
public class LintController {

  private static final MediaType SARIF = MediaType.parseMediaType("application/sarif+json");

  private final LintService lint;
  private final LintSettings settings;
  private final DeployedModels deployed;
  private final DeployLintGate gate;
  private final AuditLog audit;

  public LintController(LintService lint, LintSettings settings, DeployedModels deployed, DeployLintGate gate, AuditLog audit) {
    this.lint = lint;
    this.settings = settings;
    this.deployed = deployed;
    this.gate = gate;
    this.audit = audit;
  }

  @PostMapping(consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE })
  public ResponseEntity<?> lintBody(@RequestBody byte[] xml, @RequestParam(defaultValue = "upload") String name,
      @RequestParam(defaultValue = "json") String format) {
    return answer(name, lint.lint(xml), format, null);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<?> lintFile(@RequestPart MultipartFile file, @RequestParam(defaultValue = "json") String format)
      throws IOException {
    if (file.getSize() > io.champa.model.ModelParser.DEFAULT_MAX_BYTES) {
      throw ModelProblems.tooLarge("model");
    }
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    return answer(name, lint.lint(file.getBytes()), format, null);
  }

  @GetMapping("/{type}/{key}/{version}")
  public ResponseEntity<?> lintDeployed(@PathVariable String type, @PathVariable String key, @PathVariable int version,
      @RequestParam(defaultValue = "json") String format) {
    byte[] xml = deployed.xml(ModelType.of(type), key, version);
    return answer(key + " v" + version, lint.lint(xml), format, new String(xml, java.nio.charset.StandardCharsets.UTF_8));
  }

  @GetMapping("/definitions")
  public Map<String, Object> definitions() {
    return Map.of("items", deployed.all());
  }

  @GetMapping("/rules")
  public Map<String, Object> rules() {
    io.champa.lint.LintConfig config = lint.config();
    return Map.of("items", lint.rules().stream().map(rule -> RuleView.of(rule, config)).toList());
  }

  @GetMapping("/deployments")
  public Map<String, Object> deployments() {
    return Map.of("mode", gate.mode().name().toLowerCase(java.util.Locale.ROOT),
        "items", gate.recent().stream().map(GateResultView::of).toList());
  }

  @PutMapping("/config/rules/{id}")
  @RequiresPermission(Permission.FULL_ACCESS)
  public RuleView configureRule(@PathVariable String id, @RequestBody RuleChange body,
      @RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user, HttpServletRequest request) {
    Rule rule = lint.rules().stream().filter(candidate -> candidate.id().equals(id)).findFirst()
        .orElseThrow(() -> ApiProblem.notFound("No lint rule '" + id + "'"));
    if (body == null || body.severity() == null) {
      throw ApiProblem.badRequest("severity is required: error, warn, info or off");
    }
    Severity severity;
    try {
      severity = Severity.parse(body.severity());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    Map<String, String> parameters = body.parameters() == null ? Map.of() : body.parameters();
    for (String name : parameters.keySet()) {
      if (rule.parameters().stream().noneMatch(parameter -> parameter.name().equals(name))) {
        throw ApiProblem.badRequest("Rule '" + id + "' has no parameter '" + name + "'");
      }
    }
    settings.override(id, severity, parameters, user.username());
    audit.record(new Actor(user, RequestInfo.of(request)).audit(AuditAction.CONFIG_CHANGED, "lint_rule", id,
        "severity " + severity.label() + (parameters.isEmpty() ? "" : ", parameters " + parameters)));
    return RuleView.of(rule, lint.config());
  }

  @PostMapping(path = "/config/bpmnlintrc", consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequiresPermission(Permission.FULL_ACCESS)
  public Map<String, Object> importBpmnlintrc(@RequestBody String json,
      @RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user, HttpServletRequest request) {
    List<String> warnings;
    try {
      warnings = settings.importBpmnlintrc(json, user.username());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("Not a usable .bpmnlintrc: " + e.getMessage());
    }
    audit.record(new Actor(user, RequestInfo.of(request)).audit(AuditAction.CONFIG_CHANGED, "lint_config", "bpmnlintrc",
        "imported a .bpmnlintrc" + (warnings.isEmpty() ? "" : " with " + warnings.size() + " warning(s)")));
    long configured = lint.rules().stream().filter(rule -> lint.config().severityOf(rule) != Severity.OFF).count();
    return Map.of("rules", configured, "warnings", warnings);
  }

  @DeleteMapping("/config")
  @RequiresPermission(Permission.FULL_ACCESS)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void reset(@RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user, HttpServletRequest request) {
    settings.reset();
    audit.record(new Actor(user, RequestInfo.of(request)).audit(AuditAction.CONFIG_CHANGED, "lint_config", "all",
        "reset to defaults"));
  }

  private ResponseEntity<?> answer(String name, LintService.Result result, String format, String xml) {
    if ("sarif".equals(format)) {
      return ResponseEntity.ok().contentType(SARIF).body(lint.sarif(name, result.report()));
    }
    if (!"json".equals(format)) {
      throw ApiProblem.badRequest("format must be json or sarif");
    }
    return ResponseEntity.ok(ReportView.of(result.type(), name, result.report(), xml));
  }

  /** A severity and parameters for one rule. */
  public record RuleChange(String severity, Map<String, String> parameters) {
  }
}
