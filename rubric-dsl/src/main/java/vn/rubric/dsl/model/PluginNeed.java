package vn.rubric.dsl.model;

import vn.rubric.dsl.source.SourcePos;

/**
 * A plugin whose functions the rubric calls, as the rubric declares it ({@code plugins:}):
 * its id and the versions of it that will do, a PF4J (java-semver) range such as
 * {@code >=1.2.0 & <2.0.0}, {@code 1.x} or {@code *}. {@code versionPos}: where the range is written.
 */
public record PluginNeed(String id, String versions, SourcePos pos, SourcePos versionPos) {}
