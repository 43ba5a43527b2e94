package org.nocontact.analysis;

import java.util.ArrayList;
import java.util.List;
import org.nocontact.rules.FactType;

/** One variable's allowed classes, said in the condition language. */
final class RegionText {
    private RegionText() {
    }

    /**
     * Every narrowed variable, in the space's order; neighbouring true-or-false facts with the same
     * value are said together ("safety.unsafe, safety.threatened and safety.selfHarm are false").
     */
    static String describe(Region region) {
        Space space = region.space();
        List<String> parts = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        Object flagValue = null;
        for (int v : region.narrowed()) {
            List<ValueClass> allowed = region.allowed(v);
            Space.Variable variable = space.variable(v);
            boolean flag = variable.tie().isEmpty() && variable.side() < 0 && variable.fact().type() == FactType.BOOLEAN
                    && allowed.size() == 1 && !allowed.get(0).isUnknown();
            if (!flag || !allowed.get(0).value().equals(flagValue)) {
                flush(flags, flagValue, parts);
                flagValue = flag ? allowed.get(0).value() : null;
            }
            if (flag) {
                flags.add(variable.fact().factName());
            } else {
                parts.add(describe(space, v, allowed));
            }
        }
        flush(flags, flagValue, parts);
        return parts.isEmpty() ? "every situation" : String.join(", ", parts);
    }

    private static void flush(List<String> flags, Object value, List<String> parts) {
        if (flags.size() == 1) {
            parts.add(flags.get(0) + " is " + value);
        } else if (!flags.isEmpty()) {
            parts.add(words(flags, "and") + " are " + value);
        }
        flags.clear();
    }

    static String describe(Space space, int variable, List<ValueClass> allowed) {
        Space.Variable v = space.variable(variable);
        String subject = v.fact().factName() + (v.side() > 0 ? " (by the changed rule set's default)" : "");
        if (v.tie().isPresent()) {
            boolean held = allowed.size() == 1 && Boolean.TRUE.equals(allowed.get(0).value());
            return "ties " + (held ? "include " : "do not include ") + v.tie().get().wireName();
        }
        if (allowed.isEmpty()) {
            return subject + " is impossible";
        }
        List<String> options = new ArrayList<>();
        if (allowed.stream().anyMatch(ValueClass::isUnknown)) {
            options.add("unknown");
        }
        List<ValueClass> known = allowed.stream().filter(c -> !c.isUnknown()).toList();
        if (v.fact().type() == FactType.NUMBER) {
            options.addAll(ranges(space, variable, known));
        } else if (!known.isEmpty()) {
            List<ValueClass> all = space.classes(variable).stream().filter(c -> !c.isUnknown()).toList();
            List<String> others = all.stream().filter(c -> !known.contains(c)).map(ValueClass::describe).toList();
            if (known.size() <= 4 || others.isEmpty()) {
                options.add(words(known.stream().map(ValueClass::describe).toList(), "or"));
            } else {
                options.add((options.isEmpty() ? "" : "known, ") + "not " + words(others, "or"));
            }
        }
        return subject + " is " + String.join(" or ", options);
    }

    /** "a", "a or b", "a, b or c". */
    private static String words(List<String> items, String last) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.get(items.size() - 1);
    }

    /** Adjacent classes merged: "is at most 3", "is 5..6", "is at least 7". */
    private static List<String> ranges(Space space, int variable, List<ValueClass> known) {
        List<ValueClass> all = space.classes(variable).stream().filter(c -> !c.isUnknown()).toList();
        long min = all.get(0).low();
        long max = all.get(all.size() - 1).high();
        List<String> result = new ArrayList<>();
        int i = 0;
        while (i < known.size()) {
            long low = known.get(i).low();
            long high = known.get(i).high();
            while (i + 1 < known.size() && known.get(i + 1).low() == high + 1) {
                i++;
                high = known.get(i).high();
            }
            i++;
            if (low == high) {
                result.add(Long.toString(low));
            } else if (low == min && high == max) {
                result.add("known");
            } else if (low == min) {
                result.add("at most " + high);
            } else if (high == max) {
                result.add("at least " + low);
            } else {
                result.add(low + ".." + high);
            }
        }
        return result;
    }
}
