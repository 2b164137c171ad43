package vn.rubric.rules.score;

import java.util.IdentityHashMap;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * Stops a session whose rules loop. A rule that modifies or updates a fact it matches fires
 * again and again ({@code update($u)} in a hand-written rule, without {@code no-loop}); Drools
 * has no limit of its own, so {@code fireAllRules} would never return. This counts each rule's
 * firings in one session and halts it when one rule fires more than {@link #PER_UNIT} times a
 * unit on average: the rules the rubric compiles to fire once or a few times per unit and
 * rule (at most 4 seen on the Hưng Yên pack), so the bound is far from any real pack, and a
 * loop is stopped after well under a second.
 *
 * <p>The rule that passed the limit is often not the one to blame: {@code update($u)} makes
 * every rule on that unit fire again. The culprit named is the rule whose actions changed
 * facts most often (Drools tells which rule made each insert, update or delete); a rule that
 * loops changes a fact on every round, a generated one once a unit.
 */
final class FiringLimit extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** Firings of one rule per unit of the session, on average, past which it is taken to loop. */
    static final int PER_UNIT = 100;

    /** The rule that passed the limit, and a unit it was firing for (null when none of its facts is a unit). */
    record Exceeded(String rule, String unitId) {}

    private final KieSession session;
    private final long limit;
    private final UnitOf unitOf;
    /** By rule object, not by name: a lookup on every firing and change, named only when the limit is passed. */
    private final Map<Rule, Count> counts = new IdentityHashMap<>();
    private Exceeded exceeded;

    /** The unit id of a fact, or null when it is not a unit's. */
    interface UnitOf {
        String idOf(Object fact);
    }

    FiringLimit(KieSession session, int units, UnitOf unitOf) {
        this.session = session;
        this.limit = (long) PER_UNIT * Math.max(1, units);
        this.unitOf = unitOf;
    }

    /** Adds a limit to the session, for a session of {@code units} units. */
    static FiringLimit on(KieSession session, int units, UnitOf unitOf) {
        FiringLimit l = new FiringLimit(session, units, unitOf);
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) l);
        session.addEventListener((RuleRuntimeEventListener) l);
        return l;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (exceeded != null) return;
        Match m = event.getMatch();
        if (++count(m.getRule()).firings <= limit) return;
        Rule culprit = m.getRule();
        long most = 0;
        for (Map.Entry<Rule, Count> c : counts.entrySet()) {
            if (c.getValue().changes > most) {
                most = c.getValue().changes;
                culprit = c.getKey();
            }
        }
        Object last = count(culprit).lastChanged;
        String unit = last != null ? unitOf.idOf(last) : null;
        for (Object o : m.getObjects()) {
            if (unit != null) break;
            unit = unitOf.idOf(o);
        }
        exceeded = new Exceeded(culprit.getName(), unit);
        // halt ends fireAllRules after this firing; what the rules wrote so far is not a result
        session.halt();
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        changed(event.getRule(), event.getObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        changed(event.getRule(), event.getObject());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        changed(event.getRule(), event.getOldObject());
    }

    /** A change a rule's action made (null: the scorer's own inserts). */
    private void changed(Rule rule, Object fact) {
        if (rule == null) return;
        Count c = count(rule);
        c.changes++;
        c.lastChanged = fact;
    }

    private Count count(Rule rule) {
        return counts.computeIfAbsent(rule, r -> new Count());
    }

    /** One rule's firings and the changes its actions made in this session, and the last fact changed. */
    private static final class Count {
        long firings;
        long changes;
        Object lastChanged;
    }

    /** The rule that looped, or null when the session ended by itself. */
    Exceeded exceeded() {
        return exceeded;
    }
}
