package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.nocontact.interview.Standing.Line;
import org.nocontact.situation.Goal;

/**
 * Where things stand, asked as one list: how people answer it (the corpus standing-together.tsv: every clear
 * answer read right, every unclear one asked back), and what a number not listed is told.
 */
class StandingTogetherTest {
    record Row(int line, List<Line> listed, String answer, String readsAs) {
    }

    static List<Row> corpus() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = StandingTogetherTest.class.getResourceAsStream("standing-together.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith("#")) {
                    String[] cells = lines.get(i).split("\t", -1);
                    rows.add(new Row(i + 1, Arrays.stream(cells[0].split(","))
                            .map(name -> Line.valueOf(name.toUpperCase(Locale.ROOT))).toList(), cells[1], cells[2]));
                }
            }
        }
        return rows;
    }

    static String read(Row row) {
        AnswerReader.Parsed<Standing.Ticks> read = StandingAnswers.read(row.listed(), row.answer());
        return read.problem().isPresent() ? "ASK" : read.shown();
    }

    @Test
    void everyClearAnswerReadsRightAndEveryUnclearOneIsAskedBack() throws IOException {
        List<Row> rows = corpus();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
        List<String> wrong = rows.stream().filter(row -> !read(row).equals(row.readsAs()))
                .map(row -> "line " + row.line() + ": \"" + row.answer() + "\" read as \"" + read(row) + "\", not \""
                        + row.readsAs() + "\"").toList();
        assertThat(wrong).isEmpty();
    }

    @Test
    void aNumberNotListedIsToldPlainlyWithTheNumbersThereAre() {
        List<Line> five = List.of(Line.BLOCKED, Line.ASKED, Line.WROTE, Line.UNANSWERED, Line.HOLDING);
        assertThat(StandingAnswers.read(five, "1 7").problem())
                .hasValue("There is no 7: type numbers from 1 to 5, or none.");
    }

    @Test
    void notKnowingIsAskedBackKindlyNeverTakenAsNone() {
        List<Line> three = List.of(Line.WROTE, Line.UNANSWERED, Line.HOLDING);
        assertThat(StandingAnswers.read(three, "idk").problem()).hasValueSatisfying(asked -> assertThat(asked)
                .startsWith("That's okay.").contains("or none if you don't know of any"));
    }

    @Test
    void linesNamedInWordsAreSaidBackWithTheirNumbers() {
        List<Line> six = List.of(Line.BLOCKED, Line.ASKED, Line.WROTE, Line.UNANSWERED, Line.HOLDING, Line.SHARE);
        assertThat(StandingAnswers.read(six, "she blocked me and texted last week").note())
                .hasValue("Read as: 1) they blocked you (on one app or more), 3) they wrote to you recently.");
    }

    /** Session 12: "4 and 6 i think" was ticked silently; read from more than its numbers, it is said back. */
    @Test
    void numbersSaidWithMoreThanNumbersAreSaidBackLineByLineAndNumbersAloneAreNot() {
        List<Line> six = List.of(Line.BLOCKED, Line.ASKED, Line.WROTE, Line.UNANSWERED, Line.HOLDING, Line.SHARE);
        assertThat(StandingAnswers.read(six, "4 and 6 i think").note())
                .hasValue("Read as: 4) some of your messages are unanswered, 6) you still share something (children, a home, pets, belongings, money, "
                        + "friends).");
        assertThat(StandingAnswers.read(six, "umm 3").note()).hasValue("Read as: 3) they wrote to you recently.");
        assertThat(StandingAnswers.read(six, "4 and 6").note()).isEmpty();
        assertThat(StandingAnswers.read(six, "1 3").note()).isEmpty();
    }

    /**
     * "You told them you would like to try again" says what the person wants: it is listed only once they said what
     * they want now, never to someone whose goal is not known yet (it is then asked alone later, where it matters).
     */
    @Test
    void theLineAboutTryingAgainIsListedOnlyOnceTheGoalIsKnown() {
        assertThat(listedWith(Answers.none())).contains(Line.BLOCKED, Line.WROTE, Line.HOLDING).doesNotContain(Line.TOLD);
        assertThat(listedWith(Answers.none().with(Key.GOAL, Goal.RECONCILE))).contains(Line.TOLD);
    }

    /** The lines listed where every line's question is open and could change the advice. */
    static List<Line> listedWith(Answers answers) {
        @SuppressWarnings("unchecked") // the list's own question
        Question<Standing.Ticks> base = (Question<Standing.Ticks>) Questions.all().stream()
                .filter(q -> q.key() == Key.STANDING).findFirst().orElseThrow();
        Question<?> asked = Standing.together(Questions.all().stream().filter(q -> q.key() == Key.BOUNDARIES)
                .findFirst().orElseThrow(), base, answers, key -> false, key -> true);
        assertThat(asked.kind()).isInstanceOf(Standing.class);
        return ((Standing) asked.kind()).listed();
    }
}
