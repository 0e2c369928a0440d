package io.champa.example.models;

import java.util.List;

/**
 * The demo model files on the classpath, per version. Listed by name rather than found by classpath
 * scanning, so that what gets deployed is visible here and works the same from a jar and a folder.
 */
public final class DemoModelCatalog {

  /** Deployment name of the first version; duplicate filtering compares against it on restarts. */
  public static final String V1_DEPLOYMENT = "champa-demo v1";

  /** Deployment name of the second version. */
  public static final String V2_DEPLOYMENT = "champa-demo v2";

  static final List<String> PROCESSES = List.of(
      "order-fulfillment.bpmn",
      "payment-processing.bpmn",
      "shipping.bpmn",
      "invoice-approval.bpmn",
      "loan-application.bpmn",
      "customer-onboarding.bpmn");

  static final List<String> V1_DECISIONS = List.of(
      "order-discount.dmn",
      "payment-risk.dmn",
      "invoice-approver.dmn",
      "loan-risk.dmn",
      "carrier-selection.dmn");

  /** Only the decisions that changed get a second version. */
  static final List<String> V2_DECISIONS = List.of(
      "order-discount.dmn",
      "payment-risk.dmn");

  private DemoModelCatalog() {
  }

  /** File names (without folder) of every model in the given version, 1 or 2. */
  public static List<String> files(int version) {
    List<String> decisions = switch (version) {
      case 1 -> V1_DECISIONS;
      case 2 -> V2_DECISIONS;
      default -> throw new IllegalArgumentException("demo models exist in version 1 and 2, not " + version);
    };
    return java.util.stream.Stream.concat(PROCESSES.stream(), decisions.stream()).toList();
  }

  /** Classpath location of a model file in the given version. */
  public static String classpathLocation(int version, String file) {
    return "models/v" + version + "/" + file;
  }
}
