package org.nocontact.bench;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;

/**
 * Translates the rule files' condition language into MVEL expressions, node by node, for the Easy
 * Rules comparison only. Benchmark code: nothing in the product reads or runs MVEL.
 *
 * <p>Each fact becomes two MVEL variables: {@code fact_emotions_anger} holding its value and
 * {@code known_emotions_anger}. Every comparison is guarded by the known flag, which keeps our
 * rule "a comparison on an unknown fact is false" (so {@code not} of it is true), exactly as
 * {@link Condition} does. Definitions ({@code ref}) are written out in place.
 */
final class MvelConditions {
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9-]+");

    private final Map<Class<?>, Function<Condition, String>> forms = new HashMap<>();
    private final Set<Fact> read = EnumSet.noneOf(Fact.class);

    MvelConditions() {
        form(Condition.Always.class, c -> "true");
        form(Condition.All.class, c -> joined(c.parts(), " && ", "true"));
        form(Condition.Any.class, c -> joined(c.parts(), " || ", "false"));
        form(Condition.Not.class, c -> "!(" + translate(c.part()) + ")");
        form(Condition.Ref.class, c -> "(" + translate(c.definition()) + ")");
        form(Condition.Is.class, c -> guarded(c.fact(), value(c.fact()) + " == " + literal(c.value())));
        form(Condition.In.class, c -> guarded(c.fact(), anyOf(c.values(),
                v -> value(c.fact()) + " == " + literal(v))));
        form(Condition.AtLeast.class, c -> guarded(c.fact(), value(c.fact()) + " >= " + literal(c.bound())));
        form(Condition.AtMost.class, c -> guarded(c.fact(), value(c.fact()) + " <= " + literal(c.bound())));
        form(Condition.IncludesAny.class, c -> guarded(c.fact(), anyOf(c.names(),
                name -> value(c.fact()) + ".contains(" + literal(name) + ")")));
        form(Condition.Known.class, c -> knownTest(c.fact(), c.known()));
        for (Class<?> node : Condition.class.getPermittedSubclasses()) {
            if (!forms.containsKey(node)) {
                throw new IllegalStateException("the condition language has a node MvelConditions cannot translate: "
                        + node.getSimpleName() + "; add its MVEL form before comparing with Easy Rules");
            }
        }
    }

    private <T extends Condition> void form(Class<T> node, Function<T, String> translation) {
        forms.put(node, condition -> translation.apply(node.cast(condition)));
    }

    String translate(Condition condition) {
        return forms.get(condition.getClass()).apply(condition);
    }

    /** The facts the translated conditions read so far: the only ones Easy Rules is given. */
    Set<Fact> factsRead() {
        return EnumSet.copyOf(read);
    }

    static String value(Fact fact) {
        return "fact_" + identifier(fact);
    }

    static String known(Fact fact) {
        return "known_" + identifier(fact);
    }

    private static String identifier(Fact fact) {
        return fact.factName().replace('.', '_');
    }

    private String guarded(Fact fact, String comparison) {
        read.add(fact);
        return "(" + known(fact) + " && " + comparison + ")";
    }

    private String knownTest(Fact fact, boolean known) {
        read.add(fact);
        return (known ? "" : "!") + known(fact);
    }

    private String joined(List<Condition> parts, String operator, String empty) {
        if (parts.isEmpty()) {
            return empty;
        }
        return parts.stream().map(this::translate).collect(Collectors.joining(operator, "(", ")"));
    }

    /** Sorted, so the same rule set always gives the same expressions. */
    private static <T> String anyOf(Collection<T> values, Function<T, String> test) {
        return values.stream().map(test).sorted().collect(Collectors.joining(" || ", "(", ")"));
    }

    private static String literal(Object value) {
        if (value instanceof Integer number) {
            return "(" + number + ")";
        }
        if (value instanceof Boolean flag) {
            return flag.toString();
        }
        if (value instanceof String name && SAFE_NAME.matcher(name).matches()) {
            return "'" + name + "'";
        }
        throw new IllegalStateException("no MVEL literal for " + value.getClass().getSimpleName() + " " + value);
    }
}
