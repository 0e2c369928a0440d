package io.champa.example.traffic;

import java.util.HashMap;
import java.util.Map;

/**
 * What the (simulated) external workers report per topic, which business errors they can throw,
 * and the technical error message they fail with.
 */
public class ExternalTaskOutcomes {

  /** Every topic the demo models use; the worker subscribes to all of them. */
  public static final String[] TOPICS = {"inventory-reservation", "payment-charge", "warehouse-picking",
      "document-generation", "kyc-check", "invoice-ocr", "welcome-pack"};

  private static final Map<String, String> BPMN_ERRORS = Map.of(
      "payment-charge", "CARD_DECLINED",
      "kyc-check", "KYC_FAILED");

  private static final Map<String, String> FAILURES = Map.of(
      "inventory-reservation", "Warehouse API: connection refused",
      "payment-charge", "Payment gateway timeout (PSP did not answer in 15 s)",
      "warehouse-picking", "Scanner sync failed: device offline",
      "document-generation", "PDF renderer out of memory",
      "kyc-check", "KYC provider returned HTTP 502",
      "invoice-ocr", "OCR service: unreadable scan",
      "welcome-pack", "Print shop API quota exceeded");

  /** The BPMN error code a topic may throw, or null when it never throws one. */
  public String bpmnError(String topic) {
    return BPMN_ERRORS.get(topic);
  }

  /** The error message of a technical failure on a topic. */
  public String failureMessage(String topic) {
    return FAILURES.getOrDefault(topic, "Worker failed");
  }

  /** The variables a worker reports when it completes a task. */
  public Map<String, Object> variables(String topic, String businessKey) {
    String ref = businessKey == null ? "" : businessKey.replaceAll("\\D", "");
    Map<String, Object> vars = new HashMap<>();
    switch (topic) {
      case "inventory-reservation" -> vars.put("stockReserved", true);
      case "payment-charge" -> vars.put("transactionId", "TX" + ref);
      case "warehouse-picking" -> vars.put("packageId", "PKG" + ref);
      case "document-generation" -> vars.put("contractId", "CTR" + ref);
      case "kyc-check" -> vars.put("kycScore", 80);
      case "invoice-ocr" -> vars.put("ocrConfidence", 0.93);
      case "welcome-pack" -> vars.put("welcomePackSent", true);
      default -> { }
    }
    return vars;
  }
}
