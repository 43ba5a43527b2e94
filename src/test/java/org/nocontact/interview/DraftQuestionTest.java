package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nocontact.advice.Recommendation;
import org.nocontact.advice.draft.DraftNote;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/** The interview asks for a draft only where the verdict would read it, and reads it up to an empty line. */
class DraftQuestionTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    static final String QUESTION = "Have you written the message already? Paste it, then an empty line.";
    /** Belongings to collect, by text: LOGISTICS_ONLY, whose verdict reads a draft. */
    static ByQuestion logistics(String... draft) {
        return ByQuestion.script().answer(Key.INITIATED_BY, "1").answer(Key.BREAKUP_DATE, "1 week ago", "").answer(Key.GOAL, "2")
                .answer(Key.ACTION, "text").answer(Key.PURPOSE, "logistics").answer(Key.TIES, "belongings", "belongings")
                .answer(Key.BOUNDARIES, "n", "n").answer(Key.SADNESS, "3", "3").answer(Key.MESSAGE, draft).enterForTheRest();
    }

    private ByQuestion console = ByQuestion.script();

    Optional<Situation> interview(ByQuestion script) {
        console = script;
        return new Interview(builtIn.standard(), InterviewTest.TODAY, script).run();
    }

    String transcript() {
        return console.shown();
    }

    @Test
    void aPastedDraftIsReadUpToTheEmptyLineAndNotedWithTheVerdict() {
        Situation s = interview(logistics("Hi Sam,", "Can I pick up my books on Saturday at 10?", "I miss you", ""))
                .orElseThrow();
        assertThat(transcript()).contains(QUESTION);
        assertThat(s.plan().message()).hasValue("Hi Sam,\nCan I pick up my books on Saturday at 10?\nI miss you");
        Recommendation r = builtIn.standard().advise(s);
        assertThat(r.verdict()).isEqualTo(Verdict.LOGISTICS_ONLY);
        assertThat(r.draft().orElseThrow().notes()).extracting(DraftNote::line).containsExactly(3);
    }

    @Test
    void aPastedLineWithPressureAndFeelingsGetsANoteForEach() {
        Situation s = interview(logistics("I know you blocked me but please just answer, I miss us", "")).orElseThrow();
        Recommendation r = builtIn.standard().advise(s);
        assertThat(r.draft().orElseThrow().notes()).extracting(DraftNote::line, DraftNote::rule, DraftNote::excerpt)
                .containsExactly(tuple(1, "pressure", "please just answer"), tuple(1, "feelings", "miss us"));
    }

    @Test
    void aOneLinePasteIsTheWholeDraftWithNoEmptyLineAfterIt() {
        // the terminal gives a one-line paste with its line break at the end; the next line is not part of it
        Situation s = interview(logistics("Books on Saturday?\n", "I miss you")).orElseThrow();
        assertThat(s.plan().message()).hasValue("Books on Saturday?");
    }

    /** Tour F35: a line typed by hand, then a paste, is one draft with no second Enter; each line typed shows a prompt. */
    @Test
    void aPasteAfterALineTypedByHandEndsTheDraftAndEveryLineHasItsPrompt() {
        ByQuestion script = logistics("Hi Sam,", "Can I pick up my books on Saturday?\nThanks\n", "I miss you");
        Situation s = interview(script).orElseThrow();
        assertThat(s.plan().message()).hasValue("Hi Sam,\nCan I pick up my books on Saturday?\nThanks");
        assertThat(script.prompts()).contains("> ");
    }

    @Test
    void anEmptyFirstLineMeansNoDraft() {
        Situation s = interview(logistics("")).orElseThrow();
        assertThat(s.plan().message()).isEmpty();
        assertThat(builtIn.standard().advise(s).draft()).isEmpty();
    }

    @Test
    void theEndOfInputWhilePastingEndsTheDraft() {
        Situation s = interview(logistics("Books on Saturday?", "Thanks")).orElseThrow();
        assertThat(s.plan().message()).hasValue("Books on Saturday?\nThanks");
    }

    @Test
    void aQuestionMarkExplainsAndBackReturns() {
        Situation s = interview(logistics("?", "back", "")).orElseThrow();
        assertThat(transcript()).contains("line by line", "It stays on this computer");
        assertThat(s.plan().message()).isEmpty();
    }

    @Test
    void quitAtTheDraftLeavesAsAtAnyOtherQuestion() {
        ByQuestion console = logistics("quit");
        Interview.Ending ending = new Interview(builtIn.standard(), InterviewTest.TODAY, console).talk(Remembered.none());
        assertThat(console.prompts()).last().asString().contains(QUESTION);
        assertThat(ending.outcome()).isEmpty();
        assertThat(ending.leftAtSafety()).isFalse();
    }

    @Test
    void aSavedDraftIsKeptWithEnter() {
        Situation first = interview(logistics("Books on Saturday?", "I miss you", "")).orElseThrow();
        ByQuestion enter = ByQuestion.script().enterForTheRest();
        Situation again = new Interview(builtIn.standard(), InterviewTest.TODAY, enter)
                .talk(Remembered.from(first)).outcome().orElseThrow().situation();
        assertThat(enter.shown()).contains("(Enter keeps the draft you gave before)");
        assertThat(again.plan().message()).hasValue("Books on Saturday?\nI miss you");
    }

    @Test
    void noDraftQuestionWhereTheDraftWouldStayUnsent() {
        Situation s = interview(ByQuestion.script().answer(Key.INITIATED_BY, "1")
                .answer(Key.BREAKUP_DATE, "2 months ago").answer(Key.GOAL, "1").answer(Key.ACTION, "gift")
                .answer(Key.PURPOSE, "3").answer(Key.BOUNDARIES, "n").enterForTheRest()).orElseThrow();
        assertThat(builtIn.standard().advise(s).verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(transcript()).doesNotContain(QUESTION);
    }

    @Test
    void noDraftQuestionForAPlanThatSendsNoWords() {
        Situation s = interview(ByQuestion.script().answer(Key.INITIATED_BY, "1")
                .answer(Key.BREAKUP_DATE, "1 week ago").answer(Key.GOAL, "2").answer(Key.ACTION, "call")
                .answer(Key.PURPOSE, "logistics").answer(Key.TIES, "belongings").answer(Key.BOUNDARIES, "n").enterForTheRest()).orElseThrow();
        assertThat(builtIn.standard().advise(s).verdict()).isEqualTo(Verdict.LOGISTICS_ONLY);
        assertThat(transcript()).doesNotContain(QUESTION);
    }

    /**
     * Session 12: "ok" to "Have you written the message already? Paste it, then an empty line." is told to go ahead,
     * and the paste is waited for under a bare prompt, not the whole question again; "nope" or "not yet" is no draft,
     * never a draft that says "nope".
     */
    @Test
    void okIsToldToGoAheadAndTheDraftFollowsUnderABarePromptAndNopeIsNoDraft() {
        ByQuestion script = logistics("ok", "Can I pick up my books on Saturday?", "");
        Situation s = interview(script).orElseThrow();
        assertThat(s.plan().message()).hasValue("Can I pick up my books on Saturday?");
        assertThat(transcript()).contains("Go ahead: paste it here, then an empty line. If you haven't written one, just "
                + "press Enter.");
        assertThat(transcript().split(java.util.regex.Pattern.quote(QUESTION), -1)).as("the question asked once").hasSize(2);
        for (String none : new String[] {"nope", "not yet", "no i havent", "nah"}) {
            assertThat(interview(logistics(none)).orElseThrow().plan().message()).as(none).isEmpty();
        }
    }
}
