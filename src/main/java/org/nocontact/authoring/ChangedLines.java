package org.nocontact.authoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nocontact.json.Position;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;

/**
 * Where in the new rule set a diff's change was made, for annotations: the deciding rule that
 * changed (its condition, else the rule), else the other deciding rule, else the profile whose
 * precedence changed, else a definition that changed and that one of them reads; failing all of
 * these, the new deciding rule.
 */
public final class ChangedLines {
    /** A file and a line:column in it. */
    public record Line(String file, Position position) {
    }

    private final RuleSet base;
    private final RuleSet changed;
    private final String index;
    private final MutantSource source = new MutantSource();

    /** @param index the new rule set's ruleset.json as messages name it */
    public ChangedLines(RuleSet base, RuleSet changed, String index) {
        this.base = base;
        this.changed = changed;
        this.index = index;
    }

    public Line of(Differ.Change change) {
        for (Rule rule : List.of(change.to(), change.from())) {
            Optional<Rule> now = ruleIn(changed, rule.id());
            if (now.isPresent() && differs(now.get())) {
                boolean sameWhen = before(now.get()).filter(was -> same(was.when(), now.get().when())).isPresent();
                return new Line(now.get().file(), sameWhen ? now.get().position() : now.get().whenPosition());
            }
        }
        Optional<Profile> was = base.profile(change.profile());
        Optional<Profile> is = changed.profile(change.profile());
        if (was.isPresent() && is.isPresent() && !ids(was.get()).equals(ids(is.get()))) {
            Optional<Position> at = source.at(index, "profiles." + change.profile() + ".precedence");
            if (at.isPresent()) {
                return new Line(index, at.get());
            }
        }
        for (String name : changed.definitions().keySet().stream().sorted().toList()) {
            Condition now = body(changed.definitions().get(name));
            Condition before = base.definitions().get(name);
            if ((before == null || !same(body(before), now)) && (reads(change.to(), name) || reads(change.from(), name))) {
                Optional<Position> at = source.at(index, "definitions." + name);
                if (at.isPresent()) {
                    return new Line(index, at.get());
                }
            }
        }
        return new Line(change.to().file(), change.to().position());
    }

    private boolean differs(Rule now) {
        Optional<Rule> was = before(now);
        return was.isEmpty() || !same(was.get().when(), now.when()) || was.get().verdict() != now.verdict()
                || !Objects.equals(was.get().period(), now.period());
    }

    private Optional<Rule> before(Rule now) {
        return ruleIn(base, now.id());
    }

    static Optional<Rule> ruleIn(RuleSet set, String id) {
        return set.rules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    static List<String> ids(Profile profile) {
        return profile.precedence().stream().map(Rule::id).toList();
    }

    /** The same condition as written: a definition is compared by its name (its own change is its own). */
    static boolean same(Condition a, Condition b) {
        if (a instanceof Condition.Ref x && b instanceof Condition.Ref y) {
            return x.name().equals(y.name());
        }
        if (a instanceof Condition.All x && b instanceof Condition.All y) {
            return sameParts(x.parts(), y.parts());
        }
        if (a instanceof Condition.Any x && b instanceof Condition.Any y) {
            return sameParts(x.parts(), y.parts());
        }
        if (a instanceof Condition.Not x && b instanceof Condition.Not y) {
            return same(x.part(), y.part());
        }
        return !(a instanceof Condition.Ref) && a.equals(b);
    }

    private static boolean sameParts(List<Condition> a, List<Condition> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    static Condition body(Condition definition) {
        return definition instanceof Condition.Ref ref ? ref.definition() : definition;
    }

    private static boolean reads(Rule rule, String definition) {
        return refers(rule.when(), definition);
    }

    private static boolean refers(Condition c, String name) {
        if (c instanceof Condition.Ref ref) {
            return ref.name().equals(name) || refers(ref.definition(), name);
        }
        if (c instanceof Condition.All all) {
            return all.parts().stream().anyMatch(p -> refers(p, name));
        }
        if (c instanceof Condition.Any any) {
            return any.parts().stream().anyMatch(p -> refers(p, name));
        }
        return c instanceof Condition.Not not && refers(not.part(), name);
    }
}
