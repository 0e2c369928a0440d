package io.champa.example.traffic;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.champa.example.chaos.DemoRandom;

/**
 * Invents realistic start data for the entry processes: customers, countries, amounts, invoice
 * categories. Country {@code KP} is deliberately never produced, which is why rule 1 of
 * {@code payment-risk} never fires.
 */
public class DemoData {

  /** Processes the simulator starts itself; payment and shipping are started by the order. */
  public static final List<String> ENTRY_PROCESSES =
      List.of("order-fulfillment", "invoice-approval", "loan-application", "customer-onboarding");

  private static final double[] ENTRY_WEIGHTS = {5, 2, 1.5, 1.5};

  private static final List<String> FIRST_NAMES = List.of("Anna", "Ben", "Chloé", "David", "Elif", "Finn",
      "Greta", "Hiro", "Ines", "Jonas", "Kim", "Lena", "Mateo", "Nora", "Omar", "Paula", "Quentin", "Rosa");
  private static final List<String> LAST_NAMES = List.of("Müller", "Schmidt", "Dubois", "Rossi", "Novak",
      "Jansen", "Svensson", "García", "Kowalski", "Brown", "Weber", "Yilmaz", "Fischer", "Costa");
  private static final List<String> COUNTRIES = List.of("DE", "AT", "CH", "FR", "NL", "PL", "SE", "GB", "US");
  private static final List<String> PAYMENT_METHODS = List.of("credit-card", "paypal", "sepa", "invoice");
  private static final List<String> TIERS = List.of("gold", "silver", "standard");
  private static final double[] TIER_WEIGHTS = {15, 25, 60};
  private static final List<String> SUPPLIERS = List.of("Acme Office GmbH", "Nordlicht IT AB", "Helvetia Consulting",
      "Blue Freight BV", "Sparks Hardware Ltd", "Café Central");
  private static final List<String> CATEGORIES = List.of("travel", "software", "hardware", "consulting", "office");

  private final DemoRandom random;
  private final BusinessKeys keys;

  public DemoData(DemoRandom random, BusinessKeys keys) {
    this.random = random;
    this.keys = keys;
  }

  /** The next instance to start, its process chosen by weight (orders are the most frequent). */
  public StartRequest next(Year year) {
    String processKey = random.pickWeighted(ENTRY_PROCESSES, ENTRY_WEIGHTS);
    return forProcess(processKey, year);
  }

  /** Start data for one entry process. */
  public StartRequest forProcess(String processKey, Year year) {
    return switch (processKey) {
      case "order-fulfillment" -> new StartRequest(processKey, keys.next("ORD", year), order());
      case "invoice-approval" -> new StartRequest(processKey, keys.next("INV", year), invoice());
      case "loan-application" -> new StartRequest(processKey, keys.next("LOAN", year), loan());
      case "customer-onboarding" -> new StartRequest(processKey, keys.next("CUST", year), onboarding());
      default -> throw new IllegalArgumentException("not an entry process: " + processKey);
    };
  }

  private Map<String, Object> order() {
    Map<String, Object> vars = person("customer");
    vars.put("customerTier", random.pickWeighted(TIERS, TIER_WEIGHTS));
    vars.put("country", random.pick(COUNTRIES));
    vars.put("amount", random.amount(15, 9000));
    // About one order in fifty arrives empty and is rejected by "Check order".
    vars.put("itemCount", random.chance(0.02) ? 0 : random.between(1, 12));
    vars.put("weightKg", random.amount(0.2, 35));
    vars.put("paymentMethod", random.pick(PAYMENT_METHODS));
    return vars;
  }

  private Map<String, Object> invoice() {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("supplier", random.pick(SUPPLIERS));
    vars.put("category", random.pick(CATEGORIES));
    vars.put("amount", random.amount(40, 12000));
    vars.put("currency", "EUR");
    return vars;
  }

  private Map<String, Object> loan() {
    Map<String, Object> vars = person("applicant");
    vars.put("loanAmount", (double) random.between(5, 120) * 1000);
    vars.put("termMonths", random.pick(List.of(12, 24, 36, 60, 84)));
    vars.put("country", random.pick(COUNTRIES));
    return vars;
  }

  private Map<String, Object> onboarding() {
    Map<String, Object> vars = person("customer");
    vars.put("country", random.pick(COUNTRIES));
    vars.put("segment", random.chance(0.3) ? "business" : "private");
    vars.put("customerTier", random.pickWeighted(TIERS, TIER_WEIGHTS));
    return vars;
  }

  private Map<String, Object> person(String role) {
    String first = random.pick(FIRST_NAMES);
    String last = random.pick(LAST_NAMES);
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put(role + "Name", first + " " + last);
    vars.put(role + "Email", (first + "." + last).toLowerCase()
        .replace("ü", "ue").replace("é", "e").replace("í", "i") + "@example.com");
    return vars;
  }
}
