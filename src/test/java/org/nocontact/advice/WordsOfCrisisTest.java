package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Words of suicide, self-harm or danger from the ex, typed anywhere, take the safe path; the figures of speech that
 * only sound alike read as usual. The corpus words-of-crisis.tsv holds both; its figures are in docs/interview.md.
 */
class WordsOfCrisisTest {
    record Row(int line, String words, String readsAs) {
    }

    static List<Row> corpus() throws IOException {
        try (InputStream in = WordsOfCrisisTest.class.getResourceAsStream("words-of-crisis.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> !lines.get(i).isBlank() && !lines.get(i).startsWith("#"))
                    .mapToObj(i -> new Row(i + 1, lines.get(i).split("\t")[0], lines.get(i).split("\t")[1])).toList();
        }
    }

    private static String read(String words) {
        return WordsOfCrisis.in(words).map(Enum::name).orElse("USUAL");
    }

    @Test
    void everyCrisisPhraseTakesTheSafePathItFits() throws IOException {
        List<String> missed = corpus().stream().filter(row -> !row.readsAs().equals("USUAL"))
                .filter(row -> !read(row.words()).equals(row.readsAs()))
                .map(row -> "line " + row.line() + ": \"" + row.words() + "\" read as " + read(row.words())).toList();
        assertThat(missed).isEmpty();
    }

    @Test
    void everyFigureOfSpeechReadsAsUsual() throws IOException {
        List<String> misread = corpus().stream().filter(row -> row.readsAs().equals("USUAL"))
                .filter(row -> !read(row.words()).equals("USUAL"))
                .map(row -> "line " + row.line() + ": \"" + row.words() + "\" read as " + read(row.words())).toList();
        assertThat(misread).isEmpty();
    }

    @Test
    void selfHarmComesBeforeDangerWhereBothAreSaid() {
        assertThat(WordsOfCrisis.in("he hit me and now i want to die")).contains(WordsOfCrisis.Concern.SELF_HARM);
    }

    @Test
    void emptyOrEverydayWordsSayNoConcern() {
        assertThat(WordsOfCrisis.in("")).isEqualTo(Optional.empty());
        assertThat(WordsOfCrisis.in("happy birthday, hope you have a lovely day")).isEmpty();
    }

    @Test
    void theConcernOpensTheHelpItNeeds() {
        assertThat(WordsOfCrisis.Concern.SELF_HARM.safety().selfHarm()).isTrue();
        assertThat(WordsOfCrisis.Concern.DANGER.safety().unsafe()).isTrue();
        assertThat(WordsOfCrisis.Concern.DANGER.safety().selfHarm()).isFalse();
    }

    /** The figures docs/interview.md gives for this corpus are its own. */
    @Test
    void theFiguresInTheGuideAreTheCorpusOwn() throws IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("docs/interview.md")).replaceAll("\\s+", " ");
        List<Row> rows = corpus();
        long selfHarm = rows.stream().filter(row -> row.readsAs().equals("SELF_HARM")).count();
        long danger = rows.stream().filter(row -> row.readsAs().equals("DANGER")).count();
        long usual = rows.stream().filter(row -> row.readsAs().equals("USUAL")).count();
        assertThat(guide).contains("words-of-crisis.tsv` holds " + rows.size() + " phrases",
                selfHarm + " of suicide or self-harm and " + danger + " of danger from the ex, all on the safe path (100%)",
                usual + " figures of speech that only sound alike, all read as usual (100%)");
    }
}
