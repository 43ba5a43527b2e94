package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Action;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;
import org.nocontact.situation.SituationWriter;
import org.nocontact.situation.Tie;

class InterviewTest {
    static final RuleSet RULES = RuleSetLoader.load(RuleFiles.builtIn());
    static final Advisor STANDARD = new Advisor(RULES, RULES.profile("standard").orElseThrow());
    /** A Wednesday. */
    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    static final String SAFE = "n\nn\nn\nn\nn\n";
    /** Left two months ago, wants them back, held 7 weeks of no contact, one unanswered message, feels steady. */
    static final String FULL = SAFE + "they did\n2 months ago\n1\ntext\n2\nn\nn\n1\nyes\n7 weeks ago\n30\n1\n2\n3\n7\n\n";

    final StringWriter transcript = new StringWriter();

    Optional<Situation> interview(String answers) {
        return interview(answers, TODAY);
    }

    Optional<Situation> interview(String answers, LocalDate today) {
        PipedConsole console = new PipedConsole(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(transcript));
        return new Interview(STANDARD, today, console).run();
    }

    /** The transcript with its line breaks (fitted to 80 columns) read as spaces. */
    String said() {
        return transcript.toString().replaceAll("[ \\n]+", " ");
    }

    @Test
    void aFullInterviewDescribesTheSituation() {
        Situation s = interview(FULL).orElseThrow();
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.THEM);
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(s.goal()).isEqualTo(Goal.RECONCILE);
        assertThat(s.plan().action()).isEqualTo(Action.TEXT);
        assertThat(s.noContact().orElseThrow().since()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(s.unansweredMessages()).isEqualTo(1);
        assertThat(s.emotions().anger()).hasValue(2);
        assertThat(s.today()).isEqualTo(TODAY);
        assertThat(STANDARD.advise(s).verdict()).isEqualTo(Verdict.REACH_OUT);
    }

    @Test
    void theSavedSituationGivesTheSameVerdictThroughCheck() {
        Situation s = interview(FULL).orElseThrow();
        Situation reread = new SituationReader(LocalDate.of(2030, 1, 1))
                .read(SituationWriter.write(s).getBytes(StandardCharsets.UTF_8), "saved.json");
        Recommendation direct = STANDARD.advise(s);
        Recommendation viaFile = STANDARD.advise(reread);
        assertThat(viaFile.verdict()).isEqualTo(direct.verdict());
        assertThat(viaFile.reasons()).isEqualTo(direct.reasons());
        assertThat(viaFile.reconsiderOn()).isEqualTo(direct.reconsiderOn());
    }

    @Test
    void leavingAtASafetyQuestionIsPartOfHowTheConversationEnded() {
        Interview.Ending atSafety = new Interview(STANDARD, TODAY, new ScriptedConsole("no", "no")).talk(Remembered.none());
        assertThat(atSafety.outcome()).isEmpty();
        assertThat(atSafety.leftAtSafety()).isTrue();
        Interview.Ending later = new Interview(STANDARD, TODAY, new ScriptedConsole("no", "no", "no", "no", "no", "1"))
                .talk(Remembered.none());
        assertThat(later.outcome()).isEmpty();
        assertThat(later.leftAtSafety()).isFalse();
    }

    @Test
    void ctrlCSaysWhetherASafetyQuestionWasWaiting() {
        assertThat(ctrlCAfter("no").atSafetyQuestion()).isTrue();
        assertThat(ctrlCAfter("no", "no", "no", "no", "no").atSafetyQuestion()).isFalse();
    }

    /** The Ctrl-C that ends an interview pressed after these answers. */
    private static Console.Interrupted ctrlCAfter(String... answers) {
        Console pressed = new ScriptedConsole(answers) {
            @Override
            public Optional<String> readLine(String prompt) {
                if (unread() == 0) {
                    throw new Console.Interrupted();
                }
                return super.readLine(prompt);
            }
        };
        Interview interview = new Interview(STANDARD, TODAY, pressed);
        try {
            interview.talk(Remembered.none());
        } catch (Console.Interrupted e) {
            assertThat(interview.atASafetyQuestion()).as("no question waits any more").isFalse();
            return e;
        }
        throw new AssertionError("Ctrl-C did not end the interview");
    }

    @Test
    void safetyComesFirstAndAYesStopsTheQuestions() {
        Situation s = interview("n\ny\n").orElseThrow();
        assertThat(s.safety().unsafe()).isTrue();
        assertThat(STANDARD.advise(s).verdict()).isEqualTo(Verdict.SEEK_SUPPORT);
        assertThat(transcript.toString()).startsWith(Interview.INTRO);
        assertThat(said()).contains("your safety comes first")
                .doesNotContain("Who ended the relationship?");
        assertThat(said().indexOf("thoughts of hurting yourself")).isLessThan(said().indexOf("unsafe"));
    }

    @Test
    void questionMarkExplainsWhyAndAsksAgain() {
        interview(SAFE + "?\n1\n");
        assertThat(said()).contains("Who ended it changes the advice").doesNotContain("changed your mind");
        assertThat(said().split("Who ended the relationship\\?", -1)).hasSize(3);
    }

    @Test
    void wrongAnswersAreExplainedAndAskedAgainNeverEndingTheInterview() {
        Situation s = interview(SAFE + "maybe\n7\n1\ntomorrow-ish\n2027-02-30\n2027-04-01\n2 weeks ago\n1\n1\n2\nn\nn\nperhaps\n1\nno\nlots\n-1\n0\n").orElseThrow();
        assertThat(said()).contains("Please choose a number from 1 to 3")
                .contains("I couldn't read \"tomorrow-ish\" as a date")
                .contains("I couldn't read \"2027-02-30\" as a date")
                .contains("Thursday 1 April is after today (Wednesday 10 March); give a day that has passed.")
                .contains("Please choose a number from 1 to 7")
                .contains("Please give a whole number 0 or more; Enter keeps 0.");
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2027, 2, 24));
    }

    @Test
    void backReturnsToThePreviousQuestionWithItsAnswerKept() {
        Situation s = interview(SAFE + "1\n3 weeks ago\nback\n\n2\n1\n2\nn\nn\n1\n0\n").orElseThrow();
        assertThat(said()).contains("[2027-02-17] > ");
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2027, 2, 17));
        assertThat(s.goal()).isEqualTo(Goal.MOVE_ON);
    }

    @Test
    void backAnswersCanBeChanged() {
        // Someone who ended it is asked whether they already told them (it decides "you ended it").
        Situation s = interview(SAFE + "1\nback\n2\nyesterday\n1\n1\n2\nn\nn\n1\n\nno\n\n").orElseThrow();
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.ME);
        assertThat(s.breakup().feelingsExpressed()).contains(false);
        assertThat(said()).contains("[they did] > ");
    }

    @Test
    void backOnTheFirstQuestionSaysSo() {
        interview("back\n");
        assertThat(said()).contains("This is the first question.");
    }

    @Test
    void endOfInputLeavesWithoutASituation() {
        assertThat(interview(SAFE + "1\n")).isEmpty();
        assertThat(interview("")).isEmpty();
        assertThat(interview(SAFE + "quit\n")).isEmpty();
    }

    @Test
    void aGiftNeedsNoQuestionsAboutFeelingsOrThePeriod() {
        Situation s = interview(SAFE + "1\n2 months ago\n1\ngift\n3\nn\nn\n").orElseThrow();
        assertThat(STANDARD.advise(s).verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(said()).doesNotContain("how angry", "no-contact period", "special day");
    }

    @Test
    void practicalMattersWithATieNeedNoOccasionQuestion() {
        Situation s = interview(SAFE + "1\n1 week ago\n2\ntext\nlogistics\nbelongings and 5\nn\nn\n\n").orElseThrow();
        assertThat(s.ties()).containsExactlyInAnyOrder(Tie.BELONGINGS, Tie.PETS);
        assertThat(STANDARD.advise(s).verdict()).isEqualTo(Verdict.LOGISTICS_ONLY);
        assertThat(said()).doesNotContain("special day", "how angry");
    }

    @Test
    void aReplyAsksWhatTheirMessageWasAbout() {
        Situation s = interview(SAFE + "1\n1 month ago\n1\nreply\npersonal\n2\n3 days ago\nn\nn\n2\n3\n7\n\n").orElseThrow();
        assertThat(s.exContact().orElseThrow().about().wireName()).isEqualTo("personal");
        assertThat(s.exContact().orElseThrow().date()).as("asked, not assumed to be today").isEqualTo(TODAY.minusDays(3));
        assertThat(STANDARD.advise(s).verdict()).isEqualTo(Verdict.REACH_OUT);
        assertThat(said()).contains("What was their message about?");
    }

    @Test
    void namesAndWordsOfChoicesAreAccepted() {
        Situation s = interview(SAFE + "I did\ntoday\nmove on\nsee them in person\napology\nno\nno\nordinary\n0\n").orElseThrow();
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.ME);
        assertThat(s.goal()).isEqualTo(Goal.MOVE_ON);
        assertThat(s.plan().action()).isEqualTo(Action.VISIT);
    }
}
