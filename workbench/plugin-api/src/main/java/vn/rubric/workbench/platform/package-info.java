/**
 * The plugin API of Rubric Workbench: a plugin implements {@link vn.rubric.workbench.platform.Plugin}
 * and adds contributions to the {@link vn.rubric.workbench.platform.ExtensionPoints}: commands
 * ({@link vn.rubric.workbench.platform.CommandContribution}), unit-data importers
 * ({@link vn.rubric.workbench.platform.Importer}), reporters ({@link vn.rubric.workbench.platform.Reporter}),
 * pack exporters ({@link vn.rubric.workbench.platform.Exporter}), functions of the rubric language
 * ({@link vn.rubric.dsl.expr.ExpressionFunction}) and views ({@link vn.rubric.workbench.platform.View}).
 * Its descriptor, {@code plugin.properties} at the root of its jar, says who it is, what it needs
 * and which points it contributes to. How to write one: docs/plugins.md.
 */
package vn.rubric.workbench.platform;
