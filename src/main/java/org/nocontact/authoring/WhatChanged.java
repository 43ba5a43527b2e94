package org.nocontact.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.nocontact.json.Position;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;

/**
 * What an author changed in the rule files, in the condition language, each at its file:line:column
 * in the new rule set: definitions, rules (condition, verdict, period), rules added or removed,
 * and profiles whose precedence changed. The diff's regions say what this does to situations;
 * this says what was edited, so "chasing: at least 2 -> at least 3" is read first.
 */
public final class WhatChanged {
    private final RuleSet base;
    private final RuleSet changed;
    private final String index;
    private final MutantSource source = new MutantSource();

    private WhatChanged(RuleSet base, RuleSet changed, String index) {
        this.base = base;
        this.changed = changed;
        this.index = index;
    }

    /** One line per edit, in the order: definitions, rules, profiles. @param index the new ruleset.json's name */
    public static List<String> of(RuleSet base, RuleSet changed, String index) {
        WhatChanged w = new WhatChanged(base, changed, index);
        List<String> lines = new ArrayList<>();
        w.definitions(lines);
        w.rules(lines);
        w.profiles(lines);
        return lines;
    }

    private void definitions(List<String> lines) {
        TreeSet<String> names = new TreeSet<>(base.definitions().keySet());
        names.addAll(changed.definitions().keySet());
        for (String name : names) {
            Condition was = base.definitions().get(name);
            Condition now = changed.definitions().get(name);
            String at = where(index, source.at(index, "definitions." + name));
            if (was == null) {
                lines.add("definition " + name + " added" + at + ": " + ChangedLines.body(now).describe());
            } else if (now == null) {
                lines.add("definition " + name + " removed (was: " + ChangedLines.body(was).describe() + ")");
            } else if (!ChangedLines.same(ChangedLines.body(was), ChangedLines.body(now))) {
                lines.add("definition " + name + at + ": " + ChangedLines.body(was).describe() + " -> "
                        + ChangedLines.body(now).describe());
            }
        }
    }

    private void rules(List<String> lines) {
        for (Rule now : changed.rules()) {
            Optional<Rule> was = ChangedLines.ruleIn(base, now.id());
            if (was.isEmpty()) {
                lines.add("rule " + now.id() + " added" + where(now.file(), Optional.of(now.position())) + ": when "
                        + now.when().describe() + ", " + now.verdict());
                continue;
            }
            if (!ChangedLines.same(was.get().when(), now.when())) {
                lines.add("rule " + now.id() + where(now.file(), Optional.of(now.whenPosition())) + ": when "
                        + was.get().when().describe() + " -> when " + now.when().describe());
            }
            if (was.get().verdict() != now.verdict()) {
                lines.add("rule " + now.id() + where(now.file(), Optional.of(now.position())) + ": verdict "
                        + was.get().verdict() + " -> " + now.verdict());
            }
            if (was.get().period() != now.period()) {
                lines.add("rule " + now.id() + where(now.file(), Optional.of(now.position())) + ": period "
                        + was.get().period().wireName() + " -> " + now.period().wireName());
            }
        }
        base.rules().stream().filter(r -> ChangedLines.ruleIn(changed, r.id()).isEmpty())
                .forEach(r -> lines.add("rule " + r.id() + " removed"));
    }

    private void profiles(List<String> lines) {
        for (String name : new TreeSet<>(changed.profileNames())) {
            Optional<Profile> was = base.profile(name);
            Profile now = changed.profile(name).orElseThrow();
            if (was.isPresent() && !ChangedLines.ids(was.get()).equals(ChangedLines.ids(now))) {
                lines.add("profile " + name + where(index, source.at(index, "profiles." + name + ".precedence"))
                        + ": precedence " + window(ChangedLines.ids(was.get()), ChangedLines.ids(now)));
            }
        }
    }

    /** Only the part of the two orders that differs: "..., a, b, ... -> ..., b, a, ...". */
    static String window(List<String> was, List<String> now) {
        int head = 0;
        while (head < was.size() && head < now.size() && was.get(head).equals(now.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < was.size() - head && tail < now.size() - head
                && was.get(was.size() - 1 - tail).equals(now.get(now.size() - 1 - tail))) {
            tail++;
        }
        return part(was, head, tail) + " -> " + part(now, head, tail);
    }

    private static String part(List<String> ids, int head, int tail) {
        List<String> middle = ids.subList(head, ids.size() - tail);
        return (head > 0 ? "..., " : "") + (middle.isEmpty() ? "(nothing)" : String.join(", ", middle))
                + (tail > 0 ? ", ..." : "");
    }

    private static String where(String file, Optional<Position> at) {
        return " (" + file + at.map(p -> ":" + p).orElse("") + ")";
    }
}
