package vn.rubric.workbench.simulate;

/**
 * An evidence field the rubric reads and the data did not give for some units, and the
 * default the rules used instead: shown on every simulation, never silently assumed.
 */
public record MissingEvidence(String field, String label, Object defaultValue, int units) {}
