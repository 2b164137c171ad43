package vn.rubric.dsl.change;

import java.util.ArrayList;
import java.util.List;
import vn.rubric.dsl.expr.Expr;
import vn.rubric.dsl.model.Amendment.Kind;
import vn.rubric.dsl.model.Amendment.Target;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Points;
import vn.rubric.dsl.model.RatingClass;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Scoring;
import vn.rubric.dsl.model.Tier;

/**
 * Where a rubric uses a parameter, in the sheet's order: the tiers whose points or condition
 * name it, the items whose formula does, the classes whose minimum, bars or quota do. What
 * a changed value of the parameter moves.
 */
final class ParameterUses {

    private ParameterUses() {}

    static List<Target> of(Rubric rubric, String parameter) {
        List<Target> out = new ArrayList<>();
        for (Item item : rubric.allItems()) {
            if (item.scoring() instanceof Scoring.Formula f && mentions(f.expression(), parameter)) {
                out.add(new Target(Kind.ITEM, item.id(), null));
            } else if (item.scoring() instanceof Scoring.PickOne p) {
                for (Tier t : p.tiers()) {
                    if (named(t.points(), parameter) || (t.when() != null && mentions(t.when(), parameter))) {
                        out.add(new Target(Kind.TIER, item.id(), t.label()));
                    }
                }
            }
        }
        for (RatingClass c : rubric.rating()) {
            boolean uses = named(c.min(), parameter) || (c.quota() != null && named(c.quota().percent(), parameter))
                    || c.barredIf().stream().anyMatch(b -> mentions(b.when(), parameter));
            if (uses) out.add(new Target(Kind.RATING_CLASS, c.name(), null));
        }
        return out;
    }

    private static boolean named(Points p, String parameter) {
        return p != null && parameter.equals(p.parameter());
    }

    private static boolean mentions(Expr e, String parameter) {
        boolean[] found = {false};
        Expr.walk(e, x -> {
            if (x instanceof Expr.Name n && n.name().equals(parameter)) found[0] = true;
            if (x instanceof Expr.Param p && p.name().equals(parameter)) found[0] = true;
        });
        return found[0];
    }
}
