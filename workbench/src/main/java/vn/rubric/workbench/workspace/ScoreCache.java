package vn.rubric.workbench.workspace;

import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.rubric.rules.score.Scorer;

/**
 * The last scores of each pack's rule base on a data file: when a draft is edited, the
 * regulation in force and the data are unchanged, and so are its scores. Kept by the rule
 * base's content and by how the units were typed ({@link TypedUnits#typedAs}); softly held,
 * so many units' sheets go when the heap needs the room.
 */
final class ScoreCache {

    private record Entry(String key, Scorer.Result result) {}

    private final Map<Path, SoftReference<Entry>> byPack = new ConcurrentHashMap<>();

    Scorer.Result scored(Path packFolder, String ruleBaseKey, TypedUnits units, Supplier<Scorer.Result> score) {
        if (units.typedAs() == null) return score.get();
        String key = ruleBaseKey + "|" + units.typedAs();
        Path folder = packFolder.toAbsolutePath().normalize();
        SoftReference<Entry> ref = byPack.get(folder);
        Entry kept = ref == null ? null : ref.get();
        if (kept != null && kept.key().equals(key)) return kept.result();
        Scorer.Result result = score.get();
        byPack.put(folder, new SoftReference<>(new Entry(key, result)));
        return result;
    }
}
