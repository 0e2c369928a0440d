package io.champa.lint;

import java.util.List;

/** How many findings of each severity a report holds. */
public record LintSummary(int errors, int warnings, int infos) {

  static LintSummary of(List<Finding> findings) {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (Finding finding : findings) {
      switch (finding.severity()) {
        case ERROR -> errors++;
        case WARN -> warnings++;
        case INFO -> infos++;
        default -> throw new IllegalStateException("unexpected severity " + finding.severity());
      }
    }
    return new LintSummary(errors, warnings, infos);
  }
}
