package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The feelings still open that can change the advice, asked as one question: how people answer it
 * (the corpus feelings-together.tsv: every clear answer read right, every unclear one asked back).
 */
class FeelingsTogetherTest {
    private static final Map<String, Key<OptionalInt>> BY_NAME = Map.of("angry", Key.ANGER, "sad", Key.SADNESS,
            "confident", Key.CONFIDENCE);

    record Row(int line, List<Key<OptionalInt>> listed, String answer, String readsAs) {
    }

    static List<Row> corpus() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = FeelingsTogetherTest.class.getResourceAsStream("feelings-together.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith("#")) {
                    String[] cells = lines.get(i).split("\t", -1);
                    rows.add(new Row(i + 1, Arrays.stream(cells[0].split(",")).map(BY_NAME::get).toList(), cells[1], cells[2]));
                }
            }
        }
        return rows;
    }

    /** The shipped rules' thresholds: a feeling said in words ("sad af") is taken where they read its numbers alike. */
    private static final AlikeNumbers SHIPPED = AlikeNumbers.of(org.nocontact.rules.RuleSetLoader.load(
            org.nocontact.rules.RuleFiles.builtIn()));

    /**
     * What the person is told the row was read as, with the shipped rules: each feeling said, by name, in the order
     * asked (as "Read as: angry 0, sad 10." says it); ASK where the question is asked back.
     */
    @SuppressWarnings("unchecked") // a feeling's question answers an OptionalInt
    static String read(Row row) {
        AnswerReader reader = new AnswerReader(EverydayAnswersTest.TODAY, SHIPPED);
        Question<OptionalInt> asked = Scales.question(row.listed(),
                (Question<OptionalInt>) TypedAnswersTest.question(row.listed().get(0).toString()));
        AnswerReader.Parsed<OptionalInt> first = reader.parse(asked, row.answer(), Answers.none());
        if (first.problem().isPresent()) {
            return "ASK";
        }
        List<String> said = new ArrayList<>();
        if (((Scales) asked.kind()).saysTheFirst(row.answer())) {
            said.add(ReadAs.part(asked.key(), first.value().orElseThrow(), first.shown()));
        }
        for (Key<OptionalInt> feeling : row.listed().subList(1, row.listed().size())) {
            Parts.said(asked, (Question<OptionalInt>) TypedAnswersTest.question(feeling.toString()), row.answer(),
                    Answers.none(), reader).ifPresent(part -> said.add(ReadAs.part(feeling, part.value().orElseThrow(),
                    part.shown())));
        }
        return String.join(", ", said);
    }

    @Test
    void everyClearAnswerReadsRightAndEveryUnclearOneIsAskedBack() throws IOException {
        List<Row> rows = corpus();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        List<String> wrong = rows.stream().filter(row -> !read(row).equals(row.readsAs()))
                .map(row -> "line " + row.line() + ": \"" + row.answer() + "\" read as \"" + read(row) + "\", not \""
                        + row.readsAs() + "\"").toList();
        assertThat(wrong).isEmpty();
    }

    @Test
    void anAnswerThatCannotBeReadSaysHowToAnswerNamingTheFeelingsInTheOrderAsked() {
        ScaleAnswers.Reading reading = ScaleAnswers.read(List.of(Key.SADNESS, Key.CONFIDENCE), "3 5 7");
        assertThat(reading.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("in order (sad, confident)").contains("like 3, 5").doesNotContain("angry"));
    }

    /**
     * Tour finding F11: "sad af" is 8 to 10, taken only where the rules give the same advice for all of them; where they
     * do not (here rules that tell every number apart), that feeling is asked alone, never guessed, and the feelings
     * said as numbers or denied ("not angry": 0) are still taken.
     */
    @Test
    @SuppressWarnings("unchecked") // a feeling's question answers an OptionalInt
    void aFeelingInWordsIsTakenOnlyWhereTheRulesReadAllItCanMeanAlike() {
        List<Key<OptionalInt>> listed = List.of(Key.ANGER, Key.SADNESS, Key.CONFIDENCE);
        AnswerReader everyNumberApart = new AnswerReader(EverydayAnswersTest.TODAY, AlikeNumbers.NONE);
        Question<OptionalInt> asked = Scales.question(listed, (Question<OptionalInt>) TypedAnswersTest.question("emotions.anger"));
        String typed = "not angry, sad af, confidence like 4";
        assertThat(everyNumberApart.parse(asked, typed, Answers.none()).value()).hasValue(OptionalInt.of(0));
        assertThat(Parts.said(asked, (Question<OptionalInt>) TypedAnswersTest.question("emotions.sadness"), typed,
                Answers.none(), everyNumberApart)).as("asked alone").isEmpty();
        assertThat(Parts.said(asked, (Question<OptionalInt>) TypedAnswersTest.question("emotions.confidence"), typed,
                Answers.none(), everyNumberApart).orElseThrow().shown()).isEqualTo("4");
        Question<OptionalInt> sadFirst = Scales.question(List.of(Key.SADNESS, Key.CONFIDENCE),
                (Question<OptionalInt>) TypedAnswersTest.question("emotions.sadness"));
        assertThat(everyNumberApart.parse(sadFirst, "sad af, confident 4", Answers.none()).problem()).hasValueSatisfying(
                asked2 -> assertThat(asked2).startsWith("How sad, from 8 to 10?").contains("a guess is fine"));
    }
}
