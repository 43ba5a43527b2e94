package org.nocontact.rules.drafts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.nocontact.json.InputException;
import org.nocontact.json.JsonTreeReader;

/**
 * Small draft rules files written in a test, read by {@link DraftRulesLoader} as the rule set
 * loader reads one: two verdicts ({@link Kind#SEND} reads the draft, {@link Kind#HOLD} keeps it
 * unsent), one source and two verdict rules that "byRule" may name.
 */
final class DraftFiles {
    static final String FILE = "drafts.json";
    static final Map<String, String> SOURCES = Map.of("an-article", "An article");
    static final Set<String> VERDICT_RULES = Set.of("send-it", "hold-it");

    /** The verdicts of these files. */
    enum Kind implements VerdictKind {
        SEND(true), HOLD(false);

        private final boolean allowsContact;

        Kind(boolean allowsContact) {
            this.allowsContact = allowsContact;
        }

        @Override
        public boolean allowsContact() {
            return allowsContact;
        }
    }

    private DraftFiles() {
    }

    /** A draft rule listing the phrases (JSON strings, already quoted) and the extra fields given. */
    static String rule(String id, List<String> phrases, String extra) {
        return "{\"id\": \"" + id + "\", \"phrases\": [" + String.join(", ", phrases) + "]" + extra
                + ", \"text\": \"Text of " + id + ".\", \"instead\": \"Instead of " + id + ".\""
                + ", \"sources\": [\"an-article\"]}";
    }

    static String rule(String id, String... phrases) {
        return rule(id, quoted(phrases), "");
    }

    static List<String> quoted(String... phrases) {
        return java.util.Arrays.stream(phrases).map(p -> "\"" + p + "\"").toList();
    }

    /** {@code count} phrases "w0 w1" ... of one word each, made unique by {@code prefix}. */
    static List<String> words(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> "\"" + prefix + i + "\"").toList();
    }

    /** {@code count} rules "r0"... of {@code phrasesEach} one-word phrases, none shared. */
    static List<String> rules(int count, int phrasesEach) {
        List<String> rules = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            rules.add(rule("r" + r, words("r" + r + "w", phrasesEach), ""));
        }
        return rules;
    }

    /** A whole file: the spellings object's members, the rules, and SEND noting {@code noted}. */
    static String file(String spellings, List<String> rules, String send, String hold) {
        return "{\"spellings\": {" + spellings + "}, \"rules\": [" + String.join(",\n", rules) + "],\n"
                + "\"verdicts\": {\"SEND\": " + send + ", \"HOLD\": " + hold + "}}";
    }

    static String file(List<String> rules, String... noted) {
        return file("", rules, send(noted), hold());
    }

    static String send(String... noted) {
        return "{\"notes\": [" + java.util.Arrays.stream(noted).map(n -> "\"" + n + "\"")
                .collect(Collectors.joining(", ")) + "]}";
    }

    static String hold() {
        return "{\"unsent\": \"Keep it unsent.\"}";
    }

    static DraftRules load(String json) {
        return load(json, true);
    }

    static DraftRules load(String json, boolean allRulesRead) {
        return DraftRulesLoader.load(new JsonTreeReader(JsonTreeReader.Limits.RULES)
                        .read(json.getBytes(StandardCharsets.UTF_8), FILE), FILE, FILE, SOURCES, VERDICT_RULES,
                List.of(Kind.values()), allRulesRead);
    }

    /** The problems the loader finds in the file, as "path: message" lines. */
    static List<String> problems(String json) {
        try {
            load(json);
        } catch (InputException e) {
            return e.all().stream().map(p -> p.path() + ": " + p.problem()).toList();
        }
        return List.of();
    }
}
