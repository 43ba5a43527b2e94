package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The corpus of everyday answers (src/test/resources/.../everyday-answers.tsv): slang, typos,
 * text-speak and hedges, each with what it must read as. Every clear answer reads right; every
 * unclear one is asked back, never guessed; every safety answer that is not a clear no takes the
 * safe path. The figures are in docs/interview.md.
 */
class EverydayAnswersTest {
    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    record Row(int line, String question, String answer, String readsAs, Answers before) {
    }

    static List<Row> corpus() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = EverydayAnswersTest.class.getResourceAsStream("everyday-answers.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("#")) {
                    continue;
                }
                String[] cells = lines.get(i).split("\t", -1);
                Answers before = Answers.none();
                if (cells.length > 3) {
                    String[] pair = cells[3].split("=", 2);
                    assertThat(pair[0]).as("line %d: only the breakup's date is given before", i + 1)
                            .isEqualTo(Key.BREAKUP_DATE.toString());
                    before = before.with(Key.BREAKUP_DATE, LocalDate.parse(pair[1]));
                }
                rows.add(new Row(i + 1, cells[0], cells[1], cells[2], before));
            }
        }
        return rows;
    }

    /** The shipped rules' thresholds: "2 or 3" is read where they cannot tell the two apart. */
    private static final AlikeNumbers SHIPPED = AlikeNumbers.of(org.nocontact.rules.RuleSetLoader.load(
            org.nocontact.rules.RuleFiles.builtIn()));

    /**
     * What the reader made of a row: "ASK" when it asked back; at a safety question "YES" for a yes (plain
     * or in the person's own words), "SAFE" for any other answer that is not a clear no; else the answer as shown.
     * "DIED" where a question not about safety hears that their ex has died ("ASK" for "hes gone", asked back).
     * A question named with a + is read as the two-part question it is: each part said follows the
     * answer ("send a text + a greeting (happy birthday, and so on) + their birthday"); a part not said is
     * left out (it is asked back alone). "breakup.initiatedBy+date+goal+" is who ended it, when and the goal as one.
     */
    static String read(Row row) {
        TheyDied.Said died = row.question().startsWith("safety.") ? TheyDied.Said.NOTHING : TheyDied.in(row.answer());
        if (died != TheyDied.Said.NOTHING) { // heard before the question's reader, as Asking hears it; "hes gone" asked back
            return died == TheyDied.Said.DIED ? "DIED" : "ASK";
        }
        if (row.question().endsWith("+")) {
            return readWithParts(row);
        }
        Question<?> question = TypedAnswersTest.question(row.question());
        AnswerReader.Parsed<?> parsed = new AnswerReader(TODAY, SHIPPED).parse(question, row.answer(), row.before());
        if (parsed.problem().isPresent()) {
            return "ASK";
        }
        if (question.kind().safety()) {
            if (parsed.value().equals(Optional.of(true))) {
                return SafePath.of(question.key(), row.answer()) == SafePath.CLEAR_YES ? "YES" : "SAFE";
            }
            return parsed.shown();
        }
        return parsed.shown();
    }

    private static String readWithParts(Row row) {
        String name = row.question().substring(0, row.question().length() - 1);
        Question<?> question = name.equals(WHO_AND_GOAL) ? whoAndGoal() : TypedAnswersTest.question(name);
        AnswerReader reader = new AnswerReader(TODAY, SHIPPED);
        AnswerReader.Parsed<?> parsed = reader.parse(question, row.answer(), row.before());
        if (parsed.problem().isPresent()) {
            return "ASK";
        }
        Answers answers = with(row.before(), question, parsed);
        StringBuilder read = new StringBuilder(parsed.shown());
        for (Key<?> key : Parts.of(question)) {
            Question<?> part = WordedQuestions.worded(Questions.all().stream().filter(q -> q.key() == key).findFirst()
                    .orElseThrow(), answers);
            Optional<? extends AnswerReader.Parsed<?>> said = Parts.said(question, part, row.answer(), answers, reader);
            if (said.isPresent()) {
                read.append(" + ").append(said.get().shown());
                answers = with(answers, part, said.get());
            }
        }
        return read.toString();
    }

    /** The corpus's name for who ended it, when and the goal asked as one ("Who ended it, when, and what do you want now?"). */
    private static final String WHO_AND_GOAL = "breakup.initiatedBy+date+goal";

    @SuppressWarnings("unchecked") // who ended it: its key is INITIATED_BY
    private static Question<?> whoAndGoal() {
        return WhoAndGoal.question((Question<org.nocontact.situation.InitiatedBy>) TypedAnswersTest.question(
                Key.INITIATED_BY.toString()), true);
    }

    @SuppressWarnings("unchecked")
    private static <T> Answers with(Answers answers, Question<T> question, AnswerReader.Parsed<?> parsed) {
        return ((AnswerReader.Parsed<T>) parsed).value().map(v -> answers.with(question.key(), v)).orElse(answers);
    }

    @Test
    void theCorpusHoldsAtLeast300EverydayAnswersOverEveryKindOfQuestion() throws IOException {
        List<Row> rows = corpus();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(rows.stream().map(Row::question).distinct()).contains("safety.selfHarm", "breakup.initiatedBy",
                "breakup.date", "plan.action", "ties", "boundaries", "history.unansweredMessages", "emotions.anger");
    }

    @Test
    void everyClearAnswerReadsRight() throws IOException {
        List<String> wrong = corpus().stream().filter(row -> !List.of("ASK", "SAFE", "YES").contains(row.readsAs()))
                .filter(row -> !read(row).equals(row.readsAs()))
                .map(row -> "line " + row.line() + ": " + row.question() + " \"" + row.answer() + "\" read as \""
                        + read(row) + "\", not \"" + row.readsAs() + "\"").toList();
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyUnclearAnswerIsAskedBackNeverGuessed() throws IOException {
        List<String> guessed = corpus().stream().filter(row -> row.readsAs().equals("ASK"))
                .filter(row -> !read(row).equals("ASK"))
                .map(row -> "line " + row.line() + ": " + row.question() + " \"" + row.answer() + "\" read as \""
                        + read(row) + "\"").toList();
        assertThat(guessed).isEmpty();
    }

    @Test
    void everySafetyAnswerThatIsNotAClearNoTakesTheSafePath() throws IOException {
        List<String> unsafe = corpus().stream().filter(row -> row.readsAs().equals("SAFE") || row.readsAs().equals("YES"))
                .filter(row -> !read(row).equals("SAFE") && !read(row).equals("YES"))
                .map(row -> "line " + row.line() + ": " + row.question() + " \"" + row.answer() + "\" read as \""
                        + read(row) + "\"").toList();
        assertThat(unsafe).isEmpty();
    }

    @Test
    void aYesInThePersonsOwnWordsIsAYesAndOnlyARealHedgeIsUnclear() throws IOException {
        List<String> misread = corpus().stream().filter(row -> row.readsAs().equals("SAFE") || row.readsAs().equals("YES"))
                .filter(row -> !read(row).equals(row.readsAs()))
                .map(row -> "line " + row.line() + ": " + row.question() + " \"" + row.answer() + "\" read as \""
                        + read(row) + "\", not \"" + row.readsAs() + "\"").toList();
        assertThat(misread).isEmpty();
    }

    /** The figures docs/interview.md gives for the corpus are its own: each count, as the corpus has it now. */
    @Test
    void theFiguresInTheGuideAreTheCorpusOwn() throws IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("docs/interview.md")).replaceAll("\\s+", " ");
        List<Row> rows = corpus();
        long safe = rows.stream().filter(row -> row.readsAs().equals("SAFE")).count();
        long yes = rows.stream().filter(row -> row.readsAs().equals("YES")).count();
        long unclear = rows.stream().filter(row -> row.readsAs().equals("ASK")).count();
        long clear = rows.size() - safe - yes - unclear;
        long safetyNos = rows.stream().filter(row -> row.question().startsWith("safety."))
                .filter(row -> !List.of("ASK", "SAFE", "YES").contains(row.readsAs())).count();
        assertThat(guide).contains("everyday-answers.tsv` holds " + rows.size() + " answers",
                ": " + clear + " clear answers, all read right (100%), " + safetyNos + " of them safety nos",
                "; " + unclear + " unclear answers, all asked back, never guessed; " + (safe + yes)
                        + " safety answers that are not a clear no, all on the safe path (100%): " + yes + " yeses",
                "and " + safe + " unclear (a hedge");
    }
}
