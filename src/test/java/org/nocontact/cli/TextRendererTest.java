package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.cli.Cli.example;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.HelpLines;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.SituationReader;

/** The verdict on screen: wrapped to the width, and only reasons that support it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextRendererTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());

    Recommendation advise(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Advisor(rules, rules.profile("standard").orElseThrow())
                    .advise(new SituationReader(LocalDate.of(2027, 3, 10)).read(in, file.toString()));
        }
    }

    static String render(Recommendation r, int width) {
        return new TextRenderer(Style.decide(Style.When.NEVER), width)
                .render(r, HelpLines.builtIn().forRecommendation(r, Optional.empty()));
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Cli.ROOT.resolve("docs/examples"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The words in reading order, without the rules that set the help lines apart. */
    static List<String> words(String text) {
        return text.lines().filter(line -> !line.matches("=+"))
                .flatMap(line -> Stream.of(line.trim().split("\\s+"))).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void at40ColumnsNoLineIsLongerThan40AndNoWordIsSplit() throws IOException {
        for (Path file : examples()) {
            Recommendation r = advise(file);
            String narrow = render(r, 40);
            assertThat(narrow.lines()).as(file.toString()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
            assertThat(words(narrow)).as(file + ": the same words as on a wide screen, none split").isEqualTo(words(render(r, 1000)));
        }
    }

    @Test
    void theHeadlineIsWrappedOnTheNarrowestScreenInPlainWords() throws IOException {
        for (Path file : examples()) {
            Recommendation r = advise(file);
            String narrowest = render(r, 20);
            String firstWord = r.verdict().headline().split(" ")[0];
            List<String> headline = narrowest.lines().dropWhile(line -> !line.split(" ")[0].equals(firstWord))
                    .limit(3).toList();
            assertThat(headline).as(file.toString()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(20));
            assertThat(String.join(" ", headline)).as(file.toString()).startsWith(r.verdict().headline());
            assertThat(narrowest).as(file + ": plain words, no internal name").doesNotContain(r.verdict().name());
            assertThat(render(r, 80)).as(file + ": on one line where it fits").contains(r.verdict().headline() + "\n")
                    .doesNotContain(r.verdict().name());
        }
    }

    @Test
    void pipedOutputIsWrappedToColumnsAndElseTo80() throws Exception {
        String file = example("collect-belongings.json").toString();
        Cli.Result narrow = Cli.process(Map.of("COLUMNS", "40"), List.of(), "", "check", file);
        assertThat(narrow.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(narrow.out().lines()).anySatisfy(line -> assertThat(line.length()).isGreaterThan(34));
        Cli.Result plain = Cli.process(Map.of("COLUMNS", ""), List.of(), "", "check", file);
        assertThat(plain.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80))
                .anySatisfy(line -> assertThat(line.length()).isGreaterThan(72));
        Cli.Result terminal = Cli.process(Map.of("COLUMNS", "120"),
                List.of("-Dnocontact.stdout.tty=1", "-Dnocontact.columns=50"), "", "check", "--color", "never", file);
        assertThat(terminal.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(50));
    }

    @Test
    void alsoTrueHereListsOnlyReasonsThatGiveTheSameVerdict() throws IOException {
        Recommendation endedIt = advise(example("i-ended-it.json"));
        assertThat(endedIt.reasons()).extracting(Recommendation.Reason::rule).as("JSON keeps every rule that applied")
                .contains("start-no-contact");
        String text = render(endedIt, 80);
        assertThat(text).startsWith("Reaching out is reasonable").doesNotContain("Also true here", "30 days without contact");

        String belongings = render(advise(example("collect-belongings.json")), 80);
        assertThat(belongings).contains("practical ties").doesNotContain("You are on day", "Also true here");
    }

    @Test
    void sourcesAreOnlyThoseTheShownReasonsCite() throws IOException {
        Recommendation endedIt = advise(example("i-ended-it.json"));
        assertThat(endedIt.reasons()).extracting(Recommendation.Reason::rule).contains("start-no-contact");
        String sources = render(endedIt, 80).split("\nSources\n")[1].replaceAll("\\s+", " ");
        assertThat(sources).contains("[1] " + endedIt.sourceDescriptions().get("no-contact-guide"))
                .doesNotContain(endedIt.sourceDescriptions().get("contact-or-not"));
    }

    @Test
    void thePersonReadsNoSourceIdOnlyNumbersThatTheSourcesListExplains() throws IOException {
        for (Path file : examples()) {
            Recommendation r = advise(file);
            String text = render(r, 80);
            assertThat(r.sourceDescriptions().keySet()).as(file + ": ids such as dumped-you are for rule authors")
                    .allSatisfy(id -> assertThat(text).doesNotContain(id));
        }
        String endedIt = render(advise(example("i-ended-it.json")), 80).replaceAll("\\s+", " ");
        assertThat(endedIt).containsPattern("what they say\\. \\[\\d(,\\d)*\\]").contains("Sources [1] ");
    }

    @Test
    void theLetterScreenOfSomeoneWhoEndedItSaysNothingTheRuleForThemOverrides() throws IOException {
        Path file = Files.createTempFile("letter", ".json");
        try {
            Files.writeString(file, """
                    {"today": "2026-12-07", "breakup": {"date": "2026-11-16", "initiatedBy": "me"}, "goal": "reconcile",
                     "noContact": {"since": "2026-11-16", "days": 30}, "emotions": {"sadness": 6},
                     "plan": {"action": "letter", "purpose": "reconcile"}}
                    """);
            Recommendation r = advise(file);
            assertThat(r.reasons()).extracting(Recommendation.Reason::rule).as("JSON keeps every rule that applied")
                    .contains("you-ended-it", "hold-the-period");
            String text = render(r, 80).replaceAll("\\s+", " ");
            assertThat(text).startsWith("Don't contact them Don't send the letter")
                    .as("'tell them once' comes before holding the period for someone who ended it")
                    .doesNotContain("day 22 of 30", "far more likely to hurt than help", "Also true here")
                    .contains("If you sent a short text instead of a letter: reaching out is reasonable");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void underSeekSupportTheReasonSaysWhatItRestsOnButNoPlanningDescriptions() throws IOException {
        Recommendation unsafe = advise(example("feeling-unsafe.json"));
        assertThat(unsafe.sourceDescriptions()).as("the descriptions are still there for JSON and other verdicts")
                .containsKey("no-contact-guide");
        String text = render(unsafe, 80);
        assertThat(text).contains("[general safety practice, not from the articles]")
                .doesNotContain("[safety-practice]", "\nSources\n", "plan a period", "logistics");
    }

    @Test
    void theReadmesExamplesAreWhatNocontactPrints() throws Exception {
        String readme = Files.readString(Cli.ROOT.resolve("README.md"));
        for (String[] example : List.of(
                new String[] {"check docs/examples/collect-belongings.json", "prints:\n\n```text\n"},
                new String[] {"check --format json docs/examples/ready-after-30-days.json", "prints:\n\n```json\n"},
                new String[] {"check --country GB docs/examples/feeling-unsafe.json", "begins:\n\n```text\n"})) {
            String intro = "`./nocontact " + example[0] + "`";
            assertThat(readme).contains(intro);
            int start = readme.indexOf(example[1], readme.indexOf(intro)) + example[1].length();
            String shown = readme.substring(start, readme.indexOf("```", start)).replace("...\n", "");
            String[] args = example[0].replace("docs/", Cli.ROOT.resolve("docs") + "/").split(" ");
            String printed = Cli.process(Map.of("COLUMNS", "80"), List.of(), "", args).out();
            assertThat(printed).as(example[0]).startsWith(shown);
        }
    }

    @Test
    void whatIfSaysWhichAnswersItLeavesOutAndWhy() throws IOException {
        Path blocked = Files.createTempFile("blocked", ".json");
        try {
            Files.writeString(blocked, Files.readString(example("i-ended-it.json"))
                    .replaceFirst("\\{", "{\"boundaries\": {\"blocked\": true},"));
            String whatIf = new TextRenderer(Style.decide(Style.When.NEVER), 80).whatIf(advise(blocked))
                    .replaceAll("\\s+", " ");
            assertThat(whatIf).contains("Left out on purpose", "whether they blocked you or asked for no contact",
                    "their choices, not yours to change").doesNotContain("No single change to your answers");
        } finally {
            Files.delete(blocked);
        }
    }
    /** A reply to "how are you?" with a draft that asks to talk: the note's sources are listed too. */
    private Recommendation replyWithADraft(String about, String message) throws IOException {
        Path file = Files.createTempFile("reply", ".json");
        try {
            Files.writeString(file, """
                    {"today": "2027-04-03", "breakup": {"date": "2027-03-01", "initiatedBy": "mutual"}, "goal": "friends",
                     "exContact": {"date": "2027-04-03", "about": "%s"},
                     "plan": {"action": "reply", "purpose": "check-in", "message": "%s"}}
                    """.formatted(about, message));
            return advise(file);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void theSourcesListEveryIdTheDraftNotesCite() throws IOException {
        Recommendation r = replyWithADraft("personal", "im ok thanks\\ni miss u. can we talk this weekend?");
        assertThat(r.verdict()).isEqualTo(Verdict.RESPOND_BRIEFLY);
        String sources = render(r, 80).split("Sources\n", 2)[1].replaceAll("\\s+", " ");
        assertThat(sources).contains(r.sourceDescriptions().get("no-contact-guide"),
                r.sourceDescriptions().get("contact-or-not"));
    }

    @Test
    void aReplyToAPersonalMessageGetsTheTipForAPersonalTurnOnce() throws IOException {
        String text = render(replyWithADraft("personal", "im ok thanks"), 80).replaceAll("\\s+", " ");
        assertThat(text).contains("If you are not ready, your reply can say so in one line")
                .as("their message is personal already: it cannot turn personal")
                .doesNotContain("If it turns personal, say", "If their message turns personal");
        String practical = render(replyWithADraft("logistics", "yes tuesday works"), 80).replaceAll("\\s+", " ");
        assertThat(practical).contains("If it turns personal, say you are not ready");
    }

    @Test
    void whatIfDoesNotCallWhoEndedItTheirChoice() throws IOException {
        String whatIf = new TextRenderer(Style.decide(Style.When.NEVER), 80).whatIf(advise(example("i-ended-it.json")))
                .replaceAll("\\s+", " ");
        assertThat(whatIf).contains("who ended it and messages already sent (those have happened")
                .doesNotContain("who ended it (those were their choices");
    }

    @Test
    void theCrisisBoxSaysInPlainWordsWhoseNumbersTheyAreAndTheOptionComesOnceBelowIt() throws IOException {
        String text = render(advise(example("feeling-unsafe.json")), 80);
        String[] parts = text.split("=+\n");
        assertThat(parts[1]).contains("nocontact does not know your country").doesNotContain("--country", "NOCONTACT_COUNTRY");
        assertThat(parts[2]).contains("--country GB");
    }
}
