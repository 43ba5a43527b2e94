package org.nocontact.analysis;

import java.util.ArrayList;
import java.util.List;
import org.nocontact.rules.FactType;

/** One variable's allowed classes, said in the condition language. */
final class RegionText {
    private RegionText() {
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
        boolean unknown = allowed.stream().anyMatch(ValueClass::isUnknown);
        List<ValueClass> known = allowed.stream().filter(c -> !c.isUnknown()).toList();
        if (v.fact().type() == FactType.NUMBER) {
            options.addAll(ranges(space, variable, known));
        } else if (!known.isEmpty()) {
            List<ValueClass> all = space.classes(variable).stream().filter(c -> !c.isUnknown()).toList();
            if (known.size() == 1) {
                options.add("is " + known.get(0).describe());
            } else if (known.size() * 2 <= all.size() || known.size() == all.size()) {
                options.add("is one of " + String.join(", ", known.stream().map(ValueClass::describe).toList()));
            } else {
                options.add("is known but not " + String.join(" or ", all.stream().filter(c -> !known.contains(c))
                        .map(ValueClass::describe).toList()));
            }
        }
        if (unknown) {
            options.add(0, "is unknown");
        }
        return subject + " " + String.join(" or ", options);
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
                result.add("is " + low);
            } else if (low == min && high == max) {
                result.add("is known");
            } else if (low == min) {
                result.add("is at most " + high);
            } else if (high == max) {
                result.add("is at least " + low);
            } else {
                result.add("is " + low + ".." + high);
            }
        }
        return result;
    }
}
