package org.nocontact.advice.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.BuiltIn;
import org.nocontact.rules.drafts.DraftRules;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.Verdict;
import org.nocontact.rules.drafts.DraftRule;

/**
 * The shipped draft rules over a labelled corpus of lines people write to an ex
 * (src/test/resources/org/nocontact/drafts/lines.txt), each line alone as the draft under every
 * verdict that reads drafts (the corpus situations of corpus.json). For each kind of line: how
 * many lines of that kind get the note they must get (recall), and how many of the notes a rule
 * gives fall on lines of its kind (precision). A threat is found where the draft makes the verdict
 * DO_NOT_CONTACT through draft-threatens-to-turn-up. The figures are the ones in docs/drafts.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftLinesFiguresTest {
    static final String THREAT_RULE = "draft-threatens-to-turn-up";
    /** Each kind of line in the corpus, in the order of docs/drafts.md, and the rule that must note it. */
    static final Map<String, String> RULE_OF_KIND = ruleOfKind();
    /**
     * The kinds no verdict may note: a practical line, and a polite wish or close ("hope you're well",
     * "take care"), which the guidance asks for ("answer politely, briefly") and is not friendly chat.
     */
    static final List<String> NOTED_BY_NONE = List.of("practical", "polite");

    private static Map<String, String> ruleOfKind() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("threat", THREAT_RULE);
        rules.put("feelings", "feelings");
        rules.put("chat", "friendly-chat");
        rules.put("relationship", "relationship-talk");
        rules.put("pressure", "pressure");
        rules.put("begging", "begging");
        rules.put("ultimatum", "ultimatum");
        rules.put("blame", "blame");
        rules.put("guilt", "guilt");
        rules.put("breakup", "breakup-in-writing");
        rules.put("leaning", "cant-go-on-without-you");
        rules.put("invitation", "invitation-to-talk");
        return Collections.unmodifiableMap(rules);
    }

    record Line(Set<String> kinds, String text) {
    }

    /** One line read under one verdict's situation: the notes it got, and whether it was a threat. */
    record Reading(Line line, Verdict verdict, Set<String> notes, boolean threat) {
    }

    /** A kind's figures: readings counted, found, notes given by its rule, and those on lines of the kind. */
    record Figures(String kind, int lines, int readings, int found, int given, int right) {
        double recall() {
            return readings == 0 ? 1 : (double) found / readings;
        }

        double precision() {
            return given == 0 ? 1 : (double) right / given;
        }
    }

    List<Line> lines;
    List<Reading> readings;
    DraftRules drafts;

    @BeforeAll
    void readTheCorpus() throws IOException {
        lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(DraftLinesFiguresTest.class
                .getResourceAsStream("/org/nocontact/drafts/lines.txt"), StandardCharsets.UTF_8))) {
            for (String row = in.readLine(); row != null; row = in.readLine()) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                int bar = row.indexOf('|');
                lines.add(new Line(Set.of(row.substring(0, bar).split(",")), row.substring(bar + 1)));
            }
        }
        BuiltIn builtIn = BuiltIn.load();
        drafts = builtIn.rules().drafts();
        JsonNode situations = DraftCorpusTest.corpus().get("situations");
        readings = new ArrayList<>();
        for (Verdict verdict : List.of(Verdict.LOGISTICS_ONLY, Verdict.RESPOND_BRIEFLY, Verdict.REACH_OUT)) {
            for (Line line : lines) {
                Recommendation r = DraftCorpusTest.adviseWith(builtIn.standard(), situations.get(verdict.name()), List.of(line.text()));
                boolean threat = r.reasons().get(0).rule().equals(THREAT_RULE);
                readings.add(new Reading(line, verdict, threat ? Set.of() : DraftCorpusTest.rulesOn(r.draft().orElseThrow(), 1),
                        threat));
            }
        }
    }

    @Test
    void theCorpusHoldsAtLeast400LinesOfEveryKind() {
        assertThat(lines).hasSizeGreaterThanOrEqualTo(400);
        for (String kind : kinds()) {
            assertThat(lines.stream().filter(l -> l.kinds().contains(kind)).count()).as(kind).isGreaterThanOrEqualTo(10);
        }
        assertThat(lines.stream().flatMap(l -> l.kinds().stream())).allMatch(kinds()::contains);
    }

    @Test
    void noPracticalOrPoliteLineGetsANoteUnderAnyVerdict() {
        List<String> noted = readings.stream().filter(r -> NOTED_BY_NONE.containsAll(r.line().kinds()))
                .filter(r -> r.threat() || !r.notes().isEmpty())
                .map(r -> r.verdict() + ": " + r.line().text() + " " + r.notes() + (r.threat() ? " threat" : "")).toList();
        assertThat(noted).isEmpty();
    }

    @Test
    void threatsAndFeelingsInPracticalMessagesAreFoundAtLeast95PercentOfTheTime() {
        Map<String, Figures> figures = figures();
        assertThat(figures.get("threat").recall()).as(missed("threat")).isGreaterThanOrEqualTo(0.95);
        assertThat(figures.get("feelings").recall()).as(missed("feelings")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyOtherKindIsFoundAtLeast85PercentOfTheTime() {
        figures().values().forEach(f -> assertThat(f.recall()).as(missed(f.kind())).isGreaterThanOrEqualTo(0.85));
    }

    @Test
    void theFiguresInTheDocsAreTheOnesMeasured() throws IOException {
        String docs = Files.readString(Path.of("docs/drafts.md"));
        String begin = "<!-- corpus figures: begin -->\n";
        String end = "<!-- corpus figures: end -->";
        String shown = docs.substring(docs.indexOf(begin) + begin.length(), docs.indexOf(end));
        assertThat(shown).as("docs/drafts.md, between the markers").isEqualTo(table());
    }

    static List<String> kinds() {
        List<String> kinds = new ArrayList<>(NOTED_BY_NONE);
        kinds.addAll(RULE_OF_KIND.keySet());
        return kinds;
    }

    /** For each kind, over the verdicts whose drafts note its rule (for a threat: every verdict). */
    Map<String, Figures> figures() {
        Map<String, Figures> figures = new LinkedHashMap<>();
        RULE_OF_KIND.forEach((kind, rule) -> {
            int count = 0;
            int found = 0;
            int given = 0;
            int right = 0;
            for (Reading r : readings) {
                boolean ofKind = r.line().kinds().contains(kind);
                boolean threatKind = rule.equals(THREAT_RULE);
                if (!threatKind && (!notes(r.verdict(), rule) || r.line().kinds().contains("threat"))) {
                    continue;
                }
                boolean gave = threatKind ? r.threat() : r.notes().contains(rule);
                count += ofKind ? 1 : 0;
                found += ofKind && gave ? 1 : 0;
                given += gave ? 1 : 0;
                right += ofKind && gave ? 1 : 0;
            }
            long lineCount = lines.stream().filter(l -> l.kinds().contains(kind)).count();
            figures.put(kind, new Figures(kind, (int) lineCount, count, found, given, right));
        });
        return figures;
    }

    boolean notes(Verdict verdict, String rule) {
        return drafts.forVerdict(verdict).orElseThrow().noted().stream()
                .map(DraftRule::id).anyMatch(rule::equals);
    }

    String missed(String kind) {
        String rule = RULE_OF_KIND.get(kind);
        return kind + " missed: " + readings.stream().filter(r -> r.line().kinds().contains(kind))
                .filter(r -> rule.equals(THREAT_RULE) ? !r.threat()
                        : notes(r.verdict(), rule) && !r.line().kinds().contains("threat") && !r.notes().contains(rule))
                .map(r -> r.verdict() + ": " + r.line().text()).toList();
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append("| kind | lines | rule | readings | found | recall | notes given | on lines of the kind | precision |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (String kind : NOTED_BY_NONE) {
            long count = lines.stream().filter(l -> l.kinds().equals(Set.of(kind))).count();
            long falseNotes = readings.stream().filter(r -> r.line().kinds().equals(Set.of(kind)))
                    .filter(r -> r.threat() || !r.notes().isEmpty()).count();
            out.append(String.format(Locale.ROOT, "| %s | %d | (none may note it) | %d | | | %d | | |%n", kind, count,
                    count * 3, falseNotes));
        }
        for (Figures f : figures().values()) {
            out.append(String.format(Locale.ROOT, "| %s | %d | `%s` | %d | %d | %.1f%% | %d | %d | %.1f%% |%n", f.kind(),
                    f.lines(), RULE_OF_KIND.get(f.kind()), f.readings(), f.found(), 100 * f.recall(), f.given(), f.right(),
                    100 * f.precision()));
        }
        return out.toString();
    }
}
