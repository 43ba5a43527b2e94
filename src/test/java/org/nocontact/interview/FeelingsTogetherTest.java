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
import java.util.stream.Collectors;
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

    /** What the reader made of the row: each feeling said, by name, in the order asked; ASK where it asks back. */
    static String read(Row row) {
        ScaleAnswers.Reading reading = ScaleAnswers.read(row.listed(), row.answer());
        if (reading.problem().isPresent()) {
            return "ASK";
        }
        return reading.said().entrySet().stream().map(said -> ScaleAnswers.name(said.getKey())
                + (said.getValue().isPresent() ? " " + said.getValue().getAsInt() : " skipped")).collect(Collectors.joining(", "));
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
}
