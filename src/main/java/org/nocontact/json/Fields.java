package org.nocontact.json;

import org.nocontact.text.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Strict access to one JSON object's fields. Unknown fields are refused on creation, with the
 * nearest known name as a suggestion, so a typo is never silently ignored.
 */
public final class Fields {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Json.Obj object;
    private final String path;
    private final String source;
    /** Known fields that an unknown one looks like a typo of, with that problem: a missing one is that same problem. */
    private final java.util.Map<String, InputException> misspelt;

    private Fields(Json.Obj object, String path, String source, java.util.Map<String, InputException> misspelt) {
        this.object = object;
        this.path = path;
        this.source = source;
        this.misspelt = misspelt;
    }

    public static Fields of(Json node, String path, String source, Collection<String> allowed) {
        Problems problems = new Problems();
        Fields fields = of(node, path, source, allowed, problems);
        problems.first().ifPresent(first -> {
            throw first;
        });
        return fields;
    }

    /**
     * Like {@link #of(Json, String, String, Collection)} (which refuses the first unknown field, so
     * that a situation file's mistake is one message), but each unknown field is noted in
     * {@code problems} and the known ones can still be checked: every mistake in one run.
     */
    public static Fields of(Json node, String path, String source, Collection<String> allowed, Problems problems) {
        return of(node, path, source, allowed, java.util.Map.of(), problems);
    }

    /**
     * As {@link #of(Json, String, String, Collection, Problems)}, with fields that were retired: each
     * name maps to what replaced it, in words. A retired field is refused with those words, and it is
     * never offered as the field a typo meant: a name nearer to it than to a field in use is told the
     * same words instead.
     */
    public static Fields of(Json node, String path, String source, Collection<String> allowed,
            java.util.Map<String, String> retired, Problems problems) {
        if (!(node instanceof Json.Obj obj)) {
            throw InputException.at(source, path, node.position(),
                    "expected an object ({ ... }), found " + node.describe() + ".");
        }
        java.util.Map<String, InputException> misspelt = new java.util.HashMap<>();
        for (Json.Member member : obj.members().values()) {
            String replaced = retired.get(member.key());
            if (replaced != null) {
                problems.add(InputException.at(source, join(path, member.key()), member.keyPosition(),
                        replaced + "; remove this field."));
            } else if (!allowed.contains(member.key())) {
                Optional<String> nearest = Texts.nearest(member.key(), allowed);
                Optional<String> nearestRetired = Texts.nearest(member.key(), retired.keySet())
                        .filter(old -> nearest.isEmpty() || closer(member.key(), old, nearest.get()));
                String hint = nearestRetired.map(old -> retired.get(old) + ".")
                        .or(() -> nearest.map(near -> "did you mean \"" + near + "\"?"))
                        .orElse("allowed here: " + Texts.choices(allowed) + ".");
                InputException unknown = InputException.at(source, join(path, member.key()), member.keyPosition(),
                        "unknown field; " + hint);
                problems.add(unknown);
                nearest.filter(near -> !obj.members().containsKey(near)).ifPresent(near -> misspelt.put(near, unknown));
            }
        }
        return new Fields(obj, path, source, misspelt);
    }

    /** Whether {@code a} is nearer to {@code name} than {@code b} is (by edits). */
    private static boolean closer(String name, String a, String b) {
        return Texts.nearest(name, List.of(b, a)).map(a::equals).orElse(false); // a tie goes to b
    }

    public String path() {
        return path;
    }

    public String source() {
        return source;
    }

    public Position position() {
        return object.position();
    }

    public boolean has(String key) {
        return object.members().containsKey(key);
    }

    public String pathOf(String key) {
        return join(path, key);
    }

    public Optional<Json> optional(String key) {
        Json.Member member = object.members().get(key);
        if (member == null) {
            return Optional.empty();
        }
        if (member.value() instanceof Json.Null nothing) {
            throw InputException.at(source, pathOf(key), nothing.position(),
                    "null is not allowed; leave the field out instead.");
        }
        return Optional.of(member.value());
    }

    /** The value as written, null included, for the few fields where null means something. */
    public Optional<Json> raw(String key) {
        return Optional.ofNullable(object.members().get(key)).map(Json.Member::value);
    }

    public Json required(String key, String whatItIs) {
        return optional(key).orElseThrow(() -> misspelt.getOrDefault(key, InputException.at(source, pathOf(key),
                object.position(), "this field is missing; add it (" + whatItIs + ").")));
    }

    public Optional<Fields> optionalObject(String key, Collection<String> allowed) {
        return optional(key).map(value -> Fields.of(value, pathOf(key), source, allowed));
    }

    public Fields requiredObject(String key, Collection<String> allowed, String whatItIs) {
        return Fields.of(required(key, whatItIs), pathOf(key), source, allowed);
    }

    public <E extends Enum<E> & Named> E requiredName(String key, Class<E> type) {
        return name(required(key, "one of " + Texts.choices(Named.names(type))), pathOf(key), type);
    }

    public <E extends Enum<E> & Named> Optional<E> optionalName(String key, Class<E> type) {
        return optional(key).map(value -> name(value, pathOf(key), type));
    }

    public <E extends Enum<E> & Named> E name(Json value, String at, Class<E> type) {
        List<String> allowed = Named.names(type);
        if (!(value instanceof Json.Str str)) {
            throw InputException.at(source, at, value.position(),
                    "expected a name in quotes (" + Texts.choices(quoted(allowed)) + "), found " + value.describe() + ".");
        }
        return Named.byName(type, str.value()).orElseThrow(() -> {
            String hint = Texts.nearest(str.value(), allowed)
                    .map(near -> "did you mean \"" + near + "\"? (allowed: " + Texts.choices(allowed) + ")")
                    .orElse("use one of " + Texts.choices(allowed) + ".");
            return InputException.at(source, at, value.position(),
                    "\"" + Texts.abbreviate(str.value(), 40) + "\" is not a known value; " + hint);
        });
    }

    public Optional<String> optionalText(String key, int maxLength) {
        return optional(key).map(value -> text(value, pathOf(key), maxLength));
    }

    public String requiredText(String key, int maxLength, String whatItIs) {
        return text(required(key, whatItIs), pathOf(key), maxLength);
    }

    public String text(Json value, String at, int maxLength) {
        if (!(value instanceof Json.Str str)) {
            throw InputException.at(source, at, value.position(),
                    "expected text in quotes, found " + value.describe() + ".");
        }
        if (str.value().length() > maxLength) {
            throw InputException.at(source, at, value.position(),
                    "this text is " + str.value().length() + " characters long; shorten it to at most " + maxLength + ".");
        }
        return str.value();
    }

    public boolean bool(String key, boolean fallback) {
        return optionalBool(key).orElse(fallback);
    }

    public Optional<Boolean> optionalBool(String key) {
        return optional(key).map(value -> {
            if (!(value instanceof Json.Bool bool)) {
                throw InputException.at(source, pathOf(key), value.position(),
                        "expected true or false (without quotes), found " + value.describe() + ".");
            }
            return bool.value();
        });
    }

    public OptionalInt optionalWhole(String key, int min, int max) {
        Optional<Json> value = optional(key);
        return value.isEmpty() ? OptionalInt.empty() : OptionalInt.of(whole(value.get(), pathOf(key), min, max));
    }

    public int whole(Json value, String at, int min, int max) {
        String range = min == Integer.MIN_VALUE ? "" : max == Integer.MAX_VALUE ? " " + min + " or more"
                : " from " + min + " to " + max;
        if (!(value instanceof Json.Num num)) {
            throw InputException.at(source, at, value.position(),
                    "expected a whole number" + range + " (without quotes), found " + value.describe() + ".");
        }
        if (!num.writtenAsInteger()) {
            throw InputException.at(source, at, value.position(),
                    num.text() + " is not a whole number; write a whole number" + range + ", such as "
                            + (min == Integer.MIN_VALUE ? 0 : min) + ".");
        }
        BigDecimal number = num.value();
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw InputException.at(source, at, value.position(),
                    Texts.abbreviate(num.text(), 20) + " is out of range; use a whole number" + range + ".");
        }
        return number.intValueExact();
    }

    public Optional<LocalDate> optionalDate(String key) {
        return optional(key).map(value -> date(value, pathOf(key)));
    }

    public LocalDate requiredDate(String key) {
        return date(required(key, "a date such as 2027-01-20"), pathOf(key));
    }

    public LocalDate date(Json value, String at) {
        if (!(value instanceof Json.Str str) || !ISO_DATE.matcher(str.value()).matches()) {
            throw InputException.at(source, at, value.position(),
                    "expected a date written as \"YYYY-MM-DD\" (such as \"2027-01-20\"), found " + value.describe() + ".");
        }
        try {
            // read as LocalDate.parse would (the pattern above holds), without its formatter: a first run reads
            // hundreds of dates before the formatter's code is compiled
            String text = str.value();
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            throw InputException.at(source, at, value.position(),
                    str.value() + " is not a real date; check the month and the day.");
        }
    }

    public List<Json> optionalList(String key) {
        return optional(key).map(value -> list(value, pathOf(key))).orElse(List.of());
    }

    public List<Json> list(Json value, String at) {
        if (!(value instanceof Json.Arr arr)) {
            throw InputException.at(source, at, value.position(),
                    "expected a list ([ ... ]), found " + value.describe() + ".");
        }
        return new ArrayList<>(arr.items());
    }

    public InputException error(String key, String problem) {
        Json.Member member = object.members().get(key);
        Position at = member == null ? object.position() : member.value().position();
        return InputException.at(source, pathOf(key), at, problem);
    }

    public static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static List<String> quoted(List<String> names) {
        return names.size() > 8 ? List.of("\"" + names.get(0) + "\"", "…") : names.stream().map(n -> "\"" + n + "\"").toList();
    }
}
