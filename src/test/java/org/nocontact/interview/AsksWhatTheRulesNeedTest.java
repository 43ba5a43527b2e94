package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.TestSituations;
import org.nocontact.advice.Advisor;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/** The interview asks what the rule set in use needs, found from its rules, not from a fixed list. */
class AsksWhatTheRulesNeedTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    final RuleSet RULES = builtIn.rules();
    final Advisor STRICT = new Advisor(RULES, RULES.profile("strict").orElseThrow());

    @TempDir
    Path temp;

    static List<String> replay(Advisor advisor, Situation file, StringWriter log) {
        Interview.replaying(advisor, file, new PrintWriter(log)).talk(Remembered.none()).outcome().orElseThrow();
        return Arrays.stream(log.toString().split("\n")).map(line -> line.substring("asked: ".length())).toList();
    }

    @Test
    void strictReconcileByTextAsksAboutTheirMessageAndFeelingsAndCanReachOut() {
        // Left a month ago, wants them back, means to text; they wrote on a personal note; steady; said it before.
        Situation file = TestSituations.read(TestSituations.exWrote(TestSituations.ready(TestSituations.base()), "personal"));
        assertThat(STRICT.advise(file).verdict()).isEqualTo(Verdict.REACH_OUT);
        List<String> asked = replay(STRICT, file, new StringWriter());
        // the three feelings are asked as one question ("From 0 to 10, how angry, how sad and how confident ..."),
        // named by its first; each is answered
        assertThat(asked).contains("exContact", "emotions.anger").doesNotContain("emotions.sadness", "emotions.confidence");
        assertThat(asked.indexOf("exContact")).isGreaterThan(asked.indexOf("plan.purpose"));
        Interview.Outcome outcome = Interview.replaying(STRICT, file, new PrintWriter(new StringWriter()))
                .talk(Remembered.none()).outcome().orElseThrow();
        assertThat(outcome.given()).contains("emotions.anger", "emotions.sadness", "emotions.confidence");
    }

    @Test
    void someoneWhoEndedItIsAskedWhetherTheyAlreadyToldThemUnderEitherProfile() {
        // "You ended it" applies once: whether it has been said decides between telling them and leaving it to them.
        Situation endedIt = TestSituations.read(TestSituations.set(TestSituations.base(), "breakup.initiatedBy", "me"));
        for (Advisor advisor : List.of(new Advisor(RULES, RULES.profile("standard").orElseThrow()), STRICT)) {
            Interview.Outcome outcome = Interview.replaying(advisor, endedIt, new PrintWriter(new StringWriter()))
                    .talk(Remembered.none()).outcome().orElseThrow();
            // asked alone, or as a line of "Which of these are true now?" (its answer one of the list's)
            assertThat(outcome.asked()).as(advisor.profile().name()).contains(Key.FEELINGS_EXPRESSED);
            assertThat(advisor.advise(outcome.situation()).evaluation().decider().id()).isEqualTo("you-said-it-once");
        }
    }

    @Test
    void aPersonTypingTheirAnswersUnderStrictReachesTheOpening() {
        ByQuestion console = ByQuestion.script().answer(Key.INITIATED_BY, "they did").answer(Key.BREAKUP_DATE, "5 weeks ago")
                .answer(Key.GOAL, "get back together").answer(Key.ACTION, "text").answer(Key.PURPOSE, "getting back together")
                .answer(Key.BOUNDARIES, "no").answer(Key.UNANSWERED_MESSAGES, "0")
                .answer(Key.EX_CONTACT_RECENT, "yes, something personal").answer(Key.EX_CONTACT_DATE, "yesterday")
                .answer(Key.ANGER, "2").answer(Key.SADNESS, "3").answer(Key.CONFIDENCE, "7")
                .answer(Key.FEELINGS_EXPRESSED, "not sure").enterForTheRest();
        Situation s = new Interview(STRICT, InterviewTest.TODAY, console).run().orElseThrow();
        String transcript = console.shown();
        assertThat(transcript).contains("3) They wrote to you recently", "When did they write to you, and was it practical or personal?",
                "how angry"); // ticked in the list of where things stand, then asked back alone
        assertThat(STRICT.advise(s).verdict()).as(transcript).isEqualTo(Verdict.REACH_OUT);
        assertThat(STRICT.advise(s).evaluation().decider().id()).isEqualTo("strict-their-opening");
    }

    @Test
    void aRuleSetWithANewThresholdGetsItsQuestionAsked() throws IOException {
        String chasing = "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 2 }";
        Advisor advisor = builtInRulesWith("ruleset.json", chasing, chasing.replace("2 }", "6 }"), "standard");

        Situation sevenUnanswered = TestSituations.read(TestSituations.set(TestSituations.base(),
                "history.unansweredMessages", 7));
        StringWriter log = new StringWriter();
        List<String> asked = replay(advisor, sevenUnanswered, log);
        assertThat(asked).contains("history.unansweredMessages");
        Interview.Outcome outcome = Interview.replaying(advisor, sevenUnanswered, new PrintWriter(new StringWriter()))
                .talk(Remembered.none()).outcome().orElseThrow();
        assertThat(advisor.advise(outcome.situation()).evaluation().decider().id()).isEqualTo("stop-chasing");
    }

    @Test
    void aRuleNoSituationCanMeetCostsNoQuestion() throws IOException {
        // The strict opening made to need a personal message from them that is also no message at all:
        // read rule by rule, their message could still decide; no real situation can have it, so it is not asked.
        String personal = "{ \"fact\": \"exContact.about\", \"is\": \"personal\" },";
        Advisor advisor = builtInRulesWith("strict.json", personal,
                personal + " { \"fact\": \"exContact.present\", \"is\": false },", "strict");

        for (Situation file : List.of(TestSituations.read(TestSituations.ready(TestSituations.base())),
                TestSituations.read(TestSituations.exWrote(TestSituations.ready(TestSituations.base()), "personal")))) {
            List<String> asked = replay(advisor, file, new StringWriter());
            // their message is still asked for a line beside the verdict ("A like or a comment on your posts is not
            // them reaching out" reads it), so the rule no situation can meet adds no question to the shipped rules'
            assertThat(asked).contains("plan.action")
                    .isSubsetOf(replay(new Advisor(RULES, RULES.profile("strict").orElseThrow()), file, new StringWriter()));
            Interview.Outcome outcome = Interview.replaying(advisor, file, new PrintWriter(new StringWriter()))
                    .talk(Remembered.none()).outcome().orElseThrow();
            assertThat(advisor.advise(outcome.situation()).verdict()).isEqualTo(advisor.advise(file).verdict());
            assertThat(advisor.advise(outcome.situation()).reconsiderOn()).isEqualTo(advisor.advise(file).reconsiderOn());
        }
    }

    /** An advisor for a profile of the built-in rules with one piece of one file replaced. */
    private Advisor builtInRulesWith(String file, String piece, String replacement, String profile) throws IOException {
        Path rules = copyOfTheBuiltInRules();
        String text = Files.readString(rules.resolve(file));
        assertThat(text).contains(piece);
        Files.writeString(rules.resolve(file), text.replace(piece, replacement));
        RuleSet changed = RuleSetLoader.load(RuleFiles.folder(rules));
        return new Advisor(changed, changed.profile(profile).orElseThrow());
    }

    private Path copyOfTheBuiltInRules() throws IOException {
        Path target = temp.resolve("rules");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("nocontact.root", ".")).resolve("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }
}
