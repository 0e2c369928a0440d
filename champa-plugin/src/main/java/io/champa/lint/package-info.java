/**
 * The model linter: {@link io.champa.lint.Rule}s over BPMN and DMN models, listed by the
 * {@link io.champa.lint.RuleRegistry}, configured by a {@link io.champa.lint.LintConfig} (also from
 * a {@code .bpmnlintrc}), run by the {@link io.champa.lint.Linter} into a
 * {@link io.champa.lint.LintReport}, written as JSON or SARIF. The rules live in the sub-packages
 * {@code bpmn} (bpmnlint's core rules), {@code camunda}, {@code quality} (security and
 * maintainability) and {@code dmn}. No Spring: the engine plugin and a command line use it as is.
 */
package io.champa.lint;
