package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nocontact.advice.Recommendation;
import org.nocontact.advice.draft.DraftNote;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/** The interview asks for a draft only where the verdict would read it, and reads it up to an empty line. */
class DraftQuestionTest {
    static final String QUESTION = "Have you written the message already? Paste it, then an empty line.";
    /** Belongings to collect, by text: LOGISTICS_ONLY, whose verdict reads a draft. */
    static final String LOGISTICS = InterviewTest.SAFE + "1\n1 week ago\n2\ntext\nlogistics\nbelongings\nn\nn\n";

    final StringWriter transcript = new StringWriter();

    Optional<Situation> interview(String answers) {
        PipedConsole console = new PipedConsole(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(transcript));
        return new Interview(InterviewTest.STANDARD, InterviewTest.TODAY, console).run();
    }

    @Test
    void aPastedDraftIsReadUpToTheEmptyLineAndNotedWithTheVerdict() {
        Situation s = interview(LOGISTICS + "Hi Sam,\nCan I pick up my books on Saturday at 10?\nI miss you\n\n")
                .orElseThrow();
        assertThat(transcript.toString()).contains(QUESTION);
        assertThat(s.plan().message()).hasValue("Hi Sam,\nCan I pick up my books on Saturday at 10?\nI miss you");
        Recommendation r = InterviewTest.STANDARD.advise(s);
        assertThat(r.verdict()).isEqualTo(Verdict.LOGISTICS_ONLY);
        assertThat(r.draft().orElseThrow().notes()).extracting(DraftNote::line).containsExactly(3);
    }

    @Test
    void aPastedLineWithPressureAndFeelingsGetsANoteForEach() {
        Situation s = interview(LOGISTICS + "I know you blocked me but please just answer, I miss us\n\n").orElseThrow();
        Recommendation r = InterviewTest.STANDARD.advise(s);
        assertThat(r.draft().orElseThrow().notes()).extracting(DraftNote::line, DraftNote::rule, DraftNote::excerpt)
                .containsExactly(tuple(1, "pressure", "please just answer"), tuple(1, "feelings", "miss us"));
    }

    @Test
    void anEmptyFirstLineMeansNoDraft() {
        Situation s = interview(LOGISTICS + "\n").orElseThrow();
        assertThat(s.plan().message()).isEmpty();
        assertThat(InterviewTest.STANDARD.advise(s).draft()).isEmpty();
    }

    @Test
    void theEndOfInputWhilePastingEndsTheDraft() {
        Situation s = interview(LOGISTICS + "Books on Saturday?\nThanks").orElseThrow();
        assertThat(s.plan().message()).hasValue("Books on Saturday?\nThanks");
    }

    @Test
    void aQuestionMarkExplainsAndBackReturns() {
        Situation s = interview(LOGISTICS + "?\nback\nn\n\n").orElseThrow();
        assertThat(transcript.toString()).contains("line by line", "It stays on this computer");
        assertThat(s.plan().message()).isEmpty();
    }

    @Test
    void quitAtTheDraftLeavesAsAtAnyOtherQuestion() {
        ScriptedConsole console = new ScriptedConsole((LOGISTICS + "quit").split("\n"));
        Interview.Ending ending = new Interview(InterviewTest.STANDARD, InterviewTest.TODAY, console).talk(Remembered.none());
        assertThat(console.prompts()).last().asString().contains(QUESTION);
        assertThat(ending.outcome()).isEmpty();
        assertThat(ending.leftAtSafety()).isFalse();
    }

    @Test
    void aSavedDraftIsKeptWithEnter() {
        Situation first = interview(LOGISTICS + "Books on Saturday?\nI miss you\n\n").orElseThrow();
        PipedConsole console = new PipedConsole(new ByteArrayInputStream(
                (InterviewTest.SAFE + "\n".repeat(20)).getBytes(StandardCharsets.UTF_8)), new PrintWriter(transcript));
        Situation again = new Interview(InterviewTest.STANDARD, InterviewTest.TODAY, console)
                .talk(Remembered.from(first)).outcome().orElseThrow().situation();
        assertThat(transcript.toString()).contains("(Enter keeps the draft you gave before)");
        assertThat(again.plan().message()).hasValue("Books on Saturday?\nI miss you");
    }

    @Test
    void noDraftQuestionWhereTheDraftWouldStayUnsent() {
        Situation s = interview(InterviewTest.SAFE + "1\n2 months ago\n1\ngift\n3\nn\nn\n").orElseThrow();
        assertThat(InterviewTest.STANDARD.advise(s).verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(transcript.toString()).doesNotContain(QUESTION);
    }

    @Test
    void noDraftQuestionForAPlanThatSendsNoWords() {
        Situation s = interview(InterviewTest.SAFE + "1\n1 week ago\n2\ncall\nlogistics\nbelongings\nn\nn\n").orElseThrow();
        assertThat(InterviewTest.STANDARD.advise(s).verdict()).isEqualTo(Verdict.LOGISTICS_ONLY);
        assertThat(transcript.toString()).doesNotContain(QUESTION);
    }
}
