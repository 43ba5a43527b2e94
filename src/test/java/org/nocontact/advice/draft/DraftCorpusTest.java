package org.nocontact.advice.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nocontact.TestSituations;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;
import org.junit.jupiter.api.TestInstance;

/**
 * The shipped draft rules over a corpus of realistic drafts (src/test/resources/org/nocontact/drafts/
 * corpus.json): practical messages must pass clean, and each line that carries what the verdict
 * rules out must get exactly the notes listed, on its own line, and no other line any.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftCorpusTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
    final Advisor standard = new Advisor(rules, rules.profile("standard").orElseThrow());

    static JsonNode corpus() throws IOException {
        try (InputStream in = DraftCorpusTest.class.getResourceAsStream("/org/nocontact/drafts/corpus.json")) {
            return TestSituations.JSON.readTree(in);
        }
    }

    static Stream<Arguments> drafts() throws IOException {
        JsonNode corpus = corpus();
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode draft : corpus.get("drafts")) {
            cases.add(Arguments.of(draft.get("verdict").asText() + ": " + draft.get("name").asText(), draft,
                    corpus.get("situations").get(draft.get("verdict").asText())));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void eachLineGetsExactlyTheNotesListedForIt(String name, JsonNode draft, JsonNode situation) {
        List<String> lines = linesOf(draft);
        Recommendation r = adviseWith(standard, situation, lines);
        Verdict verdict = Verdict.valueOf(draft.get("verdict").asText());
        assertThat(r.verdict()).as("the corpus situation gives its verdict").isEqualTo(verdict);
        DraftReview review = r.draft().orElseThrow();
        assertThat(review.reviewed()).isEqualTo(verdict.allowsContact());
        for (int i = 0; i < lines.size(); i++) {
            Set<String> expected = new TreeSet<>();
            draft.get("lines").get(i).forEach(id -> expected.add(id.asText()));
            expected.remove(lines.get(i));
            assertThat(rulesOn(review, i + 1)).as("line %d: %s", i + 1, lines.get(i)).isEqualTo(expected);
        }
        Set<String> whole = new TreeSet<>();
        draft.path("whole").forEach(id -> whole.add(id.asText()));
        assertThat(rulesOn(review, DraftNote.WHOLE_DRAFT)).as("notes on the whole draft").isEqualTo(whole);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void everyNotePointsAtTheWordsItFound(String name, JsonNode draft, JsonNode situation) {
        List<String> lines = linesOf(draft);
        DraftReview review = adviseWith(standard, situation, lines).draft().orElseThrow();
        for (DraftNote note : review.notes()) {
            if (note.aboutWholeDraft()) {
                continue;
            }
            String line = lines.get(note.line() - 1);
            int[] codePoints = line.codePoints().toArray();
            String found = new String(codePoints, note.column() - 1, note.length());
            assertThat(found).as(name).isEqualTo(note.excerpt()).isNotBlank();
        }
    }

    static List<String> linesOf(JsonNode draft) {
        List<String> lines = new ArrayList<>();
        draft.get("lines").forEach(line -> lines.add(line.get(0).asText()));
        return lines;
    }

    static Recommendation adviseWith(Advisor advisor, JsonNode situation, List<String> lines) {
        ObjectNode withDraft = TestSituations.set(situation.deepCopy(), "plan.message", String.join("\n", lines));
        return advisor.advise(TestSituations.read(withDraft));
    }

    static Set<String> rulesOn(DraftReview review, int line) {
        return review.notesOnLine(line).stream().map(DraftNote::rule).collect(Collectors.toCollection(TreeSet::new));
    }

    @org.junit.jupiter.api.Test
    void theCorpusCoversEveryVerdictWithCleanAndNotedDrafts() throws IOException {
        JsonNode corpus = corpus();
        for (Verdict verdict : Verdict.values()) {
            List<JsonNode> forVerdict = new ArrayList<>();
            corpus.get("drafts").forEach(d -> {
                if (d.get("verdict").asText().equals(verdict.name())) {
                    forVerdict.add(d);
                }
            });
            assertThat(forVerdict).as(verdict.name()).isNotEmpty();
            if (verdict.allowsContact()) {
                long clean = forVerdict.stream().filter(d -> IntStream.range(0, d.get("lines").size())
                        .allMatch(i -> d.get("lines").get(i).size() == 1) && !d.has("whole")).count();
                assertThat(clean).as(verdict + ": clean drafts").isGreaterThanOrEqualTo(3);
                assertThat(forVerdict.size() - clean).as(verdict + ": noted drafts").isGreaterThanOrEqualTo(3);
            }
        }
    }
}
