/**
 * Unit data as importers hand it over: a {@link vn.rubric.workbench.data.RawTable} of raw cells with
 * their positions, which the workbench types for each rubric into {@link vn.rubric.workbench.data.UnitData}.
 */
package vn.rubric.workbench.data;
