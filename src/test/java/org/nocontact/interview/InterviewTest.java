package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

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
    /** A Wednesday. */
    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
    final Advisor standard = new Advisor(rules, rules.profile("standard").orElseThrow());
    private ByQuestion console = ByQuestion.script();

    /** Left two months ago, wants them back, held 7 weeks of no contact, one unanswered message, feels steady. */
    static ByQuestion full() {
        return ByQuestion.script().answer(Key.INITIATED_BY, "they did").answer(Key.BREAKUP_DATE, "2 months ago")
                .answer(Key.GOAL, "1").answer(Key.ACTION, "text").answer(Key.PURPOSE, "2").answer(Key.BOUNDARIES, "no")
                .answer(Key.EX_CONTACT_RECENT, "no").answer(Key.TIES, "none").answer(Key.OCCASION, "1")
                .answer(Key.NO_CONTACT_STARTED, "yes").answer(Key.NO_CONTACT_SINCE, "7 weeks ago")
                .answer(Key.NO_CONTACT_DAYS, "30").answer(Key.UNANSWERED_MESSAGES, "1").answer(Key.ANGER, "2")
                .answer(Key.SADNESS, "3").answer(Key.CONFIDENCE, "7").answer(Key.FEELINGS_EXPRESSED, "yes")
                .answer(Key.MESSAGE, "");
    }

    Optional<Situation> interview(ByQuestion script) {
        return interview(script, TODAY);
    }

    Optional<Situation> interview(ByQuestion script, LocalDate today) {
        console = script;
        return new Interview(standard, today, script).run();
    }

    /** The transcript with its line breaks (fitted to 80 columns) read as spaces. */
    String said() {
        return console.shown().replaceAll("[ \\n]+", " ");
    }

    @Test
    void aFullInterviewDescribesTheSituation() {
        Situation s = interview(full()).orElseThrow();
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.THEM);
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(s.goal()).isEqualTo(Goal.RECONCILE);
        assertThat(s.plan().action()).isEqualTo(Action.TEXT);
        assertThat(s.noContact().orElseThrow().since()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(s.unansweredMessages()).isEqualTo(1);
        assertThat(s.emotions().anger()).hasValue(2);
        assertThat(s.today()).isEqualTo(TODAY);
        assertThat(standard.advise(s).verdict()).isEqualTo(Verdict.REACH_OUT);
    }

    @Test
    void theSavedSituationGivesTheSameVerdictThroughCheck() {
        Situation s = interview(full()).orElseThrow();
        Situation reread = new SituationReader(LocalDate.of(2030, 1, 1))
                .read(SituationWriter.write(s).getBytes(StandardCharsets.UTF_8), "saved.json");
        Recommendation direct = standard.advise(s);
        Recommendation viaFile = standard.advise(reread);
        assertThat(viaFile.verdict()).isEqualTo(direct.verdict());
        assertThat(viaFile.reasons()).isEqualTo(direct.reasons());
        assertThat(viaFile.reconsiderOn()).isEqualTo(direct.reconsiderOn());
    }

    @Test
    void leavingAtASafetyQuestionIsPartOfHowTheConversationEnded() {
        Interview.Ending atSafety = new Interview(standard, TODAY, new ScriptedConsole("no", "no")).talk(Remembered.none());
        assertThat(atSafety.outcome()).isEmpty();
        assertThat(atSafety.leftAtSafety()).isTrue();
        Interview.Ending later = new Interview(standard, TODAY, new ScriptedConsole("no", "no", "no", "no", "no", "1"))
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
    private Console.Interrupted ctrlCAfter(String... answers) {
        Console pressed = new ScriptedConsole(answers) {
            @Override
            public Optional<String> readLine(String prompt) {
                if (unread() == 0) {
                    throw new Console.Interrupted();
                }
                return super.readLine(prompt);
            }
        };
        Interview interview = new Interview(standard, TODAY, pressed);
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
        // Positions here on purpose: the order of the safety questions is what is tested.
        ScriptedConsole positional = new ScriptedConsole("n", "y");
        Situation s = new Interview(standard, TODAY, positional).run().orElseThrow();
        assertThat(s.safety().unsafe()).isTrue();
        assertThat(standard.advise(s).verdict()).isEqualTo(Verdict.SEEK_SUPPORT);
        String said = positional.shown().replaceAll("[ \\n]+", " ");
        assertThat(positional.shown()).startsWith(Interview.INTRO);
        assertThat(said).contains("your safety comes first")
                .doesNotContain("What are you thinking of doing, and what is it for?");
        assertThat(said.indexOf("thoughts of hurting yourself")).isLessThan(said.indexOf("unsafe"));
    }

    @Test
    void questionMarkExplainsWhyAndAsksAgain() {
        interview(ByQuestion.script().answer(Key.ACTION, "?", "1").leaveAtTheRest());
        assertThat(said()).contains("A gift, a letter, a reply to their message and a text are weighed differently")
                .doesNotContain("changed your mind");
        assertThat(said().split("What are you thinking of doing, and what is it for\\?", -1)).hasSize(3);
    }

    @Test
    void wrongAnswersAreExplainedAndAskedAgainNeverEndingTheInterview() {
        Situation s = interview(ByQuestion.script().answer(Key.INITIATED_BY, "maybe", "7", "1")
                .answer(Key.BREAKUP_DATE, "tomorrow-ish", "2027-02-30", "2027-04-01", "2 weeks ago")
                .answer(Key.GOAL, "1").answer(Key.ACTION, "1").answer(Key.PURPOSE, "2").answer(Key.BOUNDARIES, "n")
                .answer(Key.OCCASION, "perhaps", "1").answer(Key.NO_CONTACT_STARTED, "no")
                .answer(Key.UNANSWERED_MESSAGES, "lots", "-1", "0", "2").enterForTheRest()).orElseThrow(); // ticked: 1 or more
        assertThat(said()).contains("Please choose a number from 1 to 3")
                .contains("I couldn't read \"tomorrow-ish\" as a date")
                .contains("I couldn't read \"2027-02-30\" as a date")
                .contains("Thursday 1 April is after today (Wednesday 10 March); give a day that has passed.")
                .contains("That's all right: it can be hard to say. Which is nearest? Type its number, from 1 to 7.")
                .contains("Please give a whole number 1 or more");
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2027, 2, 24));
    }

    @Test
    void backReturnsToThePreviousQuestionWithItsAnswerKept() {
        ByQuestion script = ByQuestion.script().answer(Key.INITIATED_BY, "1").answer(Key.BREAKUP_DATE, "3 weeks ago")
                .answer(Key.GOAL, "2").answer(Key.ACTION, "1", "").answer(Key.STANDING, "back", "none").answer(Key.PURPOSE, "2")
                .answer(Key.OCCASION, "1").enterForTheRest();
        Situation s = interview(script).orElseThrow();
        assertThat(script.asked()).as("back at where things stand asks the question before it again")
                .containsSubsequence(Key.ACTION, Key.STANDING, Key.ACTION, Key.STANDING);
        assertThat(said()).contains("[send a text] > ");
        assertThat(s.plan().action()).isEqualTo(Action.TEXT);
        assertThat(s.goal()).isEqualTo(Goal.MOVE_ON);
    }

    @Test
    void backAnswersCanBeChanged() {
        // Someone who ended it is asked whether they already told them (it decides "you ended it").
        ByQuestion script = ByQuestion.script().answer(Key.INITIATED_BY, "1, to get back together", "2")
                .answer(Key.BREAKUP_DATE, "back", "yesterday")
                .answer(Key.GOAL, "1").answer(Key.ACTION, "1").answer(Key.PURPOSE, "2").answer(Key.BOUNDARIES, "n")
                .answer(Key.OCCASION, "1").answer(Key.FEELINGS_EXPRESSED, "no").enterForTheRest();
        Situation s = interview(script).orElseThrow();
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.ME);
        assertThat(s.breakup().feelingsExpressed()).contains(false);
        assertThat(said()).contains("[they did, to get back together] > ");
    }

    @Test
    void backOnTheFirstQuestionSaysSo() {
        interview(ByQuestion.script().answer(Key.SELF_HARM, "back"));
        assertThat(said()).contains("This is the first question.");
    }

    @Test
    void endOfInputLeavesWithoutASituation() {
        assertThat(interview(ByQuestion.script().answer(Key.ACTION, "1").leaveAtTheRest())).isEmpty();
        assertThat(interview(ByQuestion.script().answer(Key.SELF_HARM))).isEmpty();
        assertThat(interview(ByQuestion.script().answer(Key.ACTION, "quit"))).isEmpty();
    }

    @Test
    void aGiftNeedsNoQuestionAboutAnger() {
        // the special day and the period are asked for the lines beside the verdict (a romantic day's note for
        // someone whose ex ended it; "a like or a comment is not them reaching out" while a period is held)
        Situation s = interview(ByQuestion.script().answer(Key.INITIATED_BY, "1").answer(Key.BREAKUP_DATE, "2 months ago")
                .answer(Key.GOAL, "1").answer(Key.ACTION, "gift").answer(Key.BOUNDARIES, "n").answer(Key.PURPOSE, "my feelings")
                .enterForTheRest()).orElseThrow();
        assertThat(standard.advise(s).verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(said()).doesNotContain("how angry");
    }

    @Test
    void practicalMattersWithATieNeedNoOccasionQuestion() {
        Situation s = interview(ByQuestion.script().answer(Key.INITIATED_BY, "1").answer(Key.BREAKUP_DATE, "1 week ago")
                .answer(Key.GOAL, "2").answer(Key.ACTION, "text").answer(Key.PURPOSE, "logistics")
                .answer(Key.TIES, "belongings and 5").answer(Key.BOUNDARIES, "n").answer(Key.MESSAGE, "").enterForTheRest())
                .orElseThrow();
        assertThat(s.ties()).containsExactlyInAnyOrder(Tie.BELONGINGS, Tie.PETS);
        assertThat(standard.advise(s).verdict()).isEqualTo(Verdict.LOGISTICS_ONLY);
        assertThat(said()).doesNotContain("special day", "how angry");
    }

    @Test
    void aReplyAsksWhatTheirMessageWasAbout() {
        Situation s = interview(ByQuestion.script().answer(Key.INITIATED_BY, "1").answer(Key.BREAKUP_DATE, "1 month ago")
                .answer(Key.GOAL, "1").answer(Key.ACTION, "reply").answer(Key.EX_CONTACT_ABOUT, "personal")
                .answer(Key.PURPOSE, "2").answer(Key.EX_CONTACT_DATE, "3 days ago").answer(Key.BOUNDARIES, "n")
                .answer(Key.ANGER, "2").answer(Key.SADNESS, "3").answer(Key.CONFIDENCE, "7").answer(Key.MESSAGE, "")
                .answer(Key.TIES, "none").enterForTheRest()).orElseThrow();
        assertThat(s.exContact().orElseThrow().about().wireName()).isEqualTo("personal");
        assertThat(s.exContact().orElseThrow().date()).as("asked, not assumed to be today").isEqualTo(TODAY.minusDays(3));
        assertThat(standard.advise(s).verdict()).isEqualTo(Verdict.REACH_OUT);
        assertThat(said()).contains("What was their message about, and when did it arrive?");
    }

    @Test
    void namesAndWordsOfChoicesAreAccepted() {
        Situation s = interview(ByQuestion.script().answer(Key.INITIATED_BY, "I did").answer(Key.BREAKUP_DATE, "today")
                .answer(Key.GOAL, "move on").answer(Key.ACTION, "see them in person").answer(Key.PURPOSE, "apology")
                .answer(Key.BOUNDARIES, "no").answer(Key.OCCASION, "ordinary").answer(Key.UNANSWERED_MESSAGES, "0")
                .enterForTheRest()).orElseThrow();
        assertThat(s.goal()).isEqualTo(Goal.MOVE_ON);
        assertThat(s.plan().action()).isEqualTo(Action.VISIT);
        assertThat(s.plan().purpose()).isEqualTo(org.nocontact.situation.Purpose.APOLOGY);
    }
}
