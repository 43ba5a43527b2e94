package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/**
 * Words of suicide, self-harm or danger typed after the five safety questions (a plan, any answer, a draft) take the
 * safe path as a yes at a safety question does: the questions stop, gently, and their question is answered in one line
 * (tour15a FS.7).
 */
class WordsOfCrisisInTheInterviewTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    private ByQuestion console = ByQuestion.script();

    private Optional<Situation> interview(ByQuestion script) {
        console = script;
        return new Interview(builtIn.standard(), InterviewTest.TODAY, script).run();
    }

    private String said() {
        return console.shown().replaceAll("\\s+", " ");
    }

    @Test
    void aPlanToSeeThemBeforeKillingThemselvesStopsTheQuestionsWithTheCrisisScreen() {
        Situation s = interview(ByQuestion.script().answer(Key.ACTION, "see her one last time before i kill myself")
                .enterForTheRest()).orElseThrow();
        assertThat(s.safety().selfHarm()).isTrue();
        assertThat(builtIn.standard().advise(s).verdict()).isEqualTo(Verdict.SEEK_SUPPORT);
        assertThat(said()).contains("What you wrote worries me.", "Let's stop the questions here",
                "whatever you decide can wait. Please don't contact them tonight.")
                .doesNotContain("Read as: see them in person", "Which of these are true now?");
    }

    @Test
    void violenceFromTheExInAPlanTakesTheSafePathWithTheAbuseHelpNotPracticalMatters() {
        Situation s = interview(ByQuestion.script().answer(Key.ACTION, "see him to get my stuff, last time he hit me")
                .enterForTheRest()).orElseThrow();
        assertThat(s.safety().unsafe()).isTrue();
        assertThat(s.safety().selfHarm()).isFalse();
        assertThat(said()).contains("What you wrote worries me. If your ex has hurt you", "don't meet them alone")
                .doesNotContain("a practical matter");
    }

    @Test
    void wordsOfCrisisInALaterAnswerStopTheQuestionsThereToo() {
        Situation s = interview(ByQuestion.script().answer(Key.ACTION, "text her")
                .answer(Key.PURPOSE, "my feelings").answer(Key.INITIATED_BY, "she did, and honestly i just want to die")
                .enterForTheRest()).orElseThrow();
        assertThat(s.safety().selfHarm()).isTrue();
        assertThat(said()).contains("What you wrote worries me.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"if you dont come back i will kill myself", "sorry for everything. i wont be around much longer. goodbye",
            "I cant do this anymore, I want to die."})
    void aDraftThatSpeaksOfSuicideGetsTheCrisisScreenFirstAndIsNotToBeSent(String line) {
        Situation s = interview(DraftQuestionTest.logistics("Can I pick up my books on Saturday at 10?", line, ""))
                .orElseThrow();
        assertThat(s.safety().selfHarm()).isTrue();
        assertThat(builtIn.standard().advise(s).verdict()).isEqualTo(Verdict.SEEK_SUPPORT);
        assertThat(said()).contains("What you wrote worries me.", "About your message: please don't send it tonight.");
    }

    @Test
    void aFigureOfSpeechInAnAnswerIsReadAsUsualAndTheQuestionsGoOn() {
        interview(ByQuestion.script().answer(Key.ACTION, "text her, not talking to her is killing me").leaveAtTheRest());
        assertThat(said()).contains("Which of these are true now?")
                .doesNotContain("What you wrote worries me", "Let's stop the questions");
    }

    /** Typed at "More?" after the verdict, where no question waits: heard, with the crisis line, never the menu's help. */
    @Test
    void wordsOfCrisisAtMoreShowTheHelpAndNotTheMenu() {
        ByQuestion script = InterviewTest.full().then("honestly i just want to die", "");
        Interview interview = new Interview(builtIn.standard(), InterviewTest.TODAY, script);
        Interview.Outcome outcome = interview.talk(Remembered.none()).outcome().orElseThrow();
        AfterVerdict.Views views = new AfterVerdict.Views("\nBrief.\n", () -> "", () -> "", () -> "");
        new AfterVerdict(script, new java.io.PrintWriter(new java.io.StringWriter()),
                new SaveDialogue(script, Optional.empty(), false)).ask(interview, outcome, views);
        String said = script.shown().replaceAll("\\s+", " ");
        String after = said.substring(said.lastIndexOf("i just want to die"));
        assertThat(after).contains("What you wrote worries me.", "If you need help now:", "Crisis line")
                .doesNotContain("You can type how");
    }
}
