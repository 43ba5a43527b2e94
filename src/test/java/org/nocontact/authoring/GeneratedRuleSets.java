package org.nocontact.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.nocontact.rules.Fact;
import org.nocontact.rules.FactType;
import org.nocontact.situation.Tie;

/**
 * Large rule sets of the shapes rule authors reach (issue 18): hundreds of rules of one to four
 * comparisons over 29 facts of every kind (each rule about one topic, often with a definition),
 * definitions nested deeply (each one refers to an earlier one, chains up to 30 deep), several
 * profiles each ordering the same rules differently, a safety rule first and two invariants. Generated from a seed, so no megabytes are committed; {@link #main} writes one to
 * a folder for the benchmark script (src/bench/scale.sh).
 */
public final class GeneratedRuleSets {
    private static final String[] VERDICTS = {"DO_NOT_CONTACT", "LOGISTICS_ONLY", "RESPOND_BRIEFLY", "REACH_OUT"};
    private static final int[] DAYS = {3, 7, 14, 21, 30, 45, 60, 90, 180, 365};
    /**
     * The facts, by the topic a rule is about (the period, the ex's message, feelings, safety,
     * boundaries, ties, the occasion): a rule compares facts of one topic, as authors write them,
     * and refers to definitions that may read any.
     */
    private static final List<List<Fact>> TOPICS = List.of(
            List.of(Fact.BREAKUP_DAYS_AGO, Fact.NO_CONTACT_STARTED, Fact.NO_CONTACT_DAYS_HELD, Fact.NO_CONTACT_COMPLETE,
                    Fact.NO_CONTACT_DAYS_LEFT, Fact.NO_CONTACT_DAYS),
            List.of(Fact.EX_CONTACT_PRESENT, Fact.EX_CONTACT_ABOUT, Fact.EX_CONTACT_DAYS_AGO, Fact.PLAN_ACTION),
            List.of(Fact.ANGER, Fact.SADNESS, Fact.CONFIDENCE, Fact.GOAL),
            List.of(Fact.UNSAFE, Fact.THREATENED, Fact.URGE_TO_MONITOR, Fact.PROTECTION_ORDER),
            List.of(Fact.EX_ASKED_NO_CONTACT, Fact.BLOCKED, Fact.UNANSWERED_MESSAGES, Fact.BREAKUP_INITIATED_BY),
            List.of(Fact.TIES, Fact.TIES_COUNT, Fact.PLAN_PURPOSE),
            List.of(Fact.PLAN_OCCASION, Fact.PLAN_OCCASION_INFERRED, Fact.BREAKUP_FEELINGS_EXPRESSED, Fact.NO_CONTACT_DAY));
    /**
     * The linked facts (the period, the ties and their count, the ex's message and a reply, the
     * occasion) as one topic: rules that mix them at random, the hardest shape for the analysis.
     */
    private static final List<List<Fact>> LINKED = List.of(List.of(Fact.BREAKUP_DAYS_AGO, Fact.NO_CONTACT_STARTED,
            Fact.NO_CONTACT_DAYS_HELD, Fact.NO_CONTACT_COMPLETE, Fact.NO_CONTACT_DAYS_LEFT, Fact.NO_CONTACT_DAYS,
            Fact.NO_CONTACT_DAY, Fact.TIES, Fact.TIES_COUNT, Fact.EX_CONTACT_PRESENT, Fact.EX_CONTACT_ABOUT,
            Fact.EX_CONTACT_DAYS_AGO, Fact.PLAN_ACTION, Fact.PLAN_OCCASION, Fact.PLAN_OCCASION_INFERRED));
    /** Every fact of {@link #TOPICS} as one topic: rules whose comparisons mix all 29 facts at random. */
    private static final List<List<Fact>> EVERY = List.of(TOPICS.stream().flatMap(List::stream).toList());
    private static final int DEFINITIONS = 30;

    private final Random random;
    private final List<List<Fact>> topics;

    private GeneratedRuleSets(long seed, List<List<Fact>> topics) {
        this.random = new Random(seed);
        this.topics = topics;
    }

    /**
     * Writes a rule set of {@code rules} generated rules (plus a safety rule and a catch-all) and
     * {@code profiles} profiles (the first in the rules' order, the others shuffled) into {@code folder}.
     */
    public static Path write(Path folder, int rules, int profiles, long seed) throws IOException {
        return new GeneratedRuleSets(seed, TOPICS).writeTo(folder, rules, profiles);
    }

    /** As {@link #write}, but every comparison is on a linked fact, mixed at random within a rule. */
    public static Path writeLinkedMix(Path folder, int rules, int profiles, long seed) throws IOException {
        return new GeneratedRuleSets(seed, LINKED).writeTo(folder, rules, profiles);
    }

    /**
     * As {@link #write}, but with one topic of every fact: each comparison of a rule or a definition
     * is on any of the 29 facts, mixed at random (the shape whose diff against a changed copy was
     * beyond the budget, issue 18).
     */
    public static Path writeEveryFactMix(Path folder, int rules, int profiles, long seed) throws IOException {
        return new GeneratedRuleSets(seed, EVERY).writeTo(folder, rules, profiles);
    }

    private Path writeTo(Path folder, int count, int profiles) throws IOException {
        Files.createDirectories(folder);
        List<String> definitions = new ArrayList<>();
        for (int d = 0; d < DEFINITIONS; d++) {
            List<String> parts = comparisons(2 + random.nextInt(2));
            if (d > 0) {
                // each definition refers to one a few steps earlier: chains up to DEFINITIONS deep
                parts.add(ref(Math.max(0, d - 1 - random.nextInt(3)), random.nextInt(3) == 0));
            }
            definitions.add("\"def-" + d + "\": " + connective(parts));
        }
        List<String> written = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        written.add(rule("harm", "{\"fact\": \"safety.selfHarm\", \"is\": true}", "SEEK_SUPPORT"));
        for (int r = 0; r < count; r++) {
            List<String> parts = comparisons(1 + random.nextInt(3));
            if (random.nextInt(3) == 0) {
                parts.add(ref(random.nextInt(DEFINITIONS), random.nextInt(4) == 0));
            }
            ids.add("\"r" + r + "\"");
            written.add(rule("r" + r, "{\"all\": [" + String.join(", ", parts) + "]}", VERDICTS[random.nextInt(4)]));
        }
        written.add("{\"id\": \"catch-all\", \"verdict\": \"DO_NOT_CONTACT\", \"summary\": \"Hold.\", "
                + "\"reason\": \"Because.\", \"sources\": [\"a\"]}");
        List<String> files = new ArrayList<>();
        for (int k = 0; k * 100 < written.size(); k++) {
            String name = "rules-" + k + ".json";
            files.add("\"" + name + "\"");
            Files.writeString(folder.resolve(name), "{\"rules\": [\n" + String.join(",\n",
                    written.subList(k * 100, Math.min(written.size(), (k + 1) * 100))) + "]}\n");
        }
        List<String> profileJson = new ArrayList<>();
        for (int p = 0; p < profiles; p++) {
            List<String> order = new ArrayList<>(ids);
            if (p > 0) {
                Collections.shuffle(order, random);
            }
            profileJson.add("\"p" + p + "\": {\"precedence\": [\"harm\", " + String.join(", ", order)
                    + ", \"catch-all\"]}");
        }
        Files.writeString(folder.resolve("ruleset.json"), "{\"name\": \"generated\", \"files\": ["
                + String.join(", ", files) + "], \"sources\": {\"a\": \"an article\"}, \"defaultProfile\": \"p0\",\n"
                + "\"definitions\": {\n" + String.join(",\n", definitions) + "},\n"
                + "\"profiles\": {\n" + String.join(",\n", profileJson) + "},\n"
                + "\"invariants\": [{\"id\": \"safety-first\", \"when\": {\"fact\": \"safety.selfHarm\", \"is\": true}, "
                + "\"expect\": {\"verdict\": \"SEEK_SUPPORT\"}},\n"
                + " {\"id\": \"blocked-means-wait\", \"when\": {\"fact\": \"boundaries.blocked\", \"is\": true}, "
                + "\"never\": {\"verdict\": \"REACH_OUT\"}}]}\n");
        return folder;
    }

    private static String rule(String id, String when, String verdict) {
        return "{\"id\": \"" + id + "\", \"when\": " + when + ", \"verdict\": \"" + verdict
                + "\", \"summary\": \"Generated.\", \"reason\": \"Generated.\", \"sources\": [\"a\"]}";
    }

    private String ref(int definition, boolean negated) {
        String ref = "{\"ref\": \"def-" + definition + "\"}";
        return negated ? "{\"not\": " + ref + "}" : ref;
    }

    private String connective(List<String> parts) {
        return "{\"" + (random.nextBoolean() ? "all" : "any") + "\": [" + String.join(", ", parts) + "]}";
    }

    /** {@code n} comparisons on facts of one topic. */
    private List<String> comparisons(int n) {
        List<Fact> topic = topics.get(random.nextInt(topics.size()));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(comparison(topic.get(random.nextInt(topic.size()))));
        }
        return parts;
    }

    private String comparison(Fact fact) {
        String head = "{\"fact\": \"" + fact.factName() + "\", ";
        if (fact == Fact.TIES) {
            List<Tie> ties = List.of(Tie.values());
            return head + "\"includesAny\": [\"" + ties.get(random.nextInt(ties.size())).wireName() + "\"]}";
        }
        if (fact.type() == FactType.BOOLEAN) {
            return head + "\"is\": " + random.nextBoolean() + "}";
        }
        if (fact.type() == FactType.NAME) {
            List<String> names = new ArrayList<>(fact.allowedNames());
            String first = names.get(random.nextInt(names.size()));
            String second = names.get(random.nextInt(names.size()));
            return head + (first.equals(second) || random.nextBoolean() ? "\"is\": \"" + first + "\"}"
                    : "\"in\": [\"" + first + "\", \"" + second + "\"]}");
        }
        if (random.nextInt(8) == 0) {
            return head + "\"known\": " + random.nextBoolean() + "}";
        }
        int bound = switch (fact) {
            case ANGER, SADNESS, CONFIDENCE -> random.nextInt(11);
            case UNANSWERED_MESSAGES, TIES_COUNT -> random.nextInt(5);
            default -> DAYS[random.nextInt(DAYS.length)];
        };
        return head + "\"" + (random.nextBoolean() ? "atLeast" : "atMost") + "\": " + bound + "}";
    }

    /**
     * A copy of a generated rule set with the four changes an author makes most (issue 18): a bound
     * moved by one (in {@code r120} or the first rule after it with a number bound, in the same file), a rule dropped
     * ({@code r80}, from its file and every profile), a verdict changed ({@code r40}) and two rules
     * swapped in the first profile ({@code r150} and {@code r151}). Each rule is one line of its file.
     */
    public static Path changedCopy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                if (file.getFileName().toString().equals("ruleset.json")) {
                    text = text.replace("\"r80\", ", "").replace("\"r150\", \"r151\"", "\"r151\", \"r150\"");
                } else {
                    text = changedRules(text);
                }
                Files.writeString(to.resolve(file.getFileName()), text);
            }
        }
        return to;
    }

    private static final java.util.regex.Pattern BOUND = java.util.regex.Pattern.compile("\"(atLeast|atMost)\": (\\d+)");

    private static String changedRules(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        boolean moved = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int id = line.startsWith("{\"id\": \"r") ? Integer.parseInt(line.substring(9, line.indexOf('"', 9))) : -1;
            java.util.regex.Matcher bound = BOUND.matcher(line);
            if (id == 40) {
                String verdict = line.contains("\"REACH_OUT\"") ? "DO_NOT_CONTACT" : "REACH_OUT";
                lines.set(i, line.replaceFirst("\"verdict\": \"[A-Z_]+\"", "\"verdict\": \"" + verdict + "\""));
            } else if (id >= 120 && id < 199 && !moved && bound.find()) {
                lines.set(i, line.substring(0, bound.start(2)) + (Integer.parseInt(bound.group(2)) + 1)
                        + line.substring(bound.end(2)));
                moved = true;
            }
        }
        lines.removeIf(line -> line.startsWith("{\"id\": \"r80\""));
        String joined = String.join("\n", lines);
        // the dropped rule may have been the last of its file: no comma before the closing bracket
        return joined.replace(",\n]}", "\n]}");
    }

    /**
     * Writes one: {@code folder rules profiles [seed [changed-copy-folder]]}; with the system property
     * {@code mix=linked}, rules that mix the linked facts ({@link #writeLinkedMix}), with {@code
     * mix=every}, rules that mix every fact ({@link #writeEveryFactMix}).
     */
    public static void main(String[] args) throws IOException {
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 18L;
        Path to = Path.of(args[0]);
        int rules = Integer.parseInt(args[1]);
        int profiles = Integer.parseInt(args[2]);
        Path folder = switch (System.getProperty("mix", "topics")) {
            case "linked" -> writeLinkedMix(to, rules, profiles, seed);
            case "every" -> writeEveryFactMix(to, rules, profiles, seed);
            case "topics" -> write(to, rules, profiles, seed);
            default -> throw new IllegalArgumentException("mix is topics, linked or every");
        };
        if (args.length > 4) {
            changedCopy(folder, Path.of(args[4]));
        }
    }
}
