package org.nocontact.interview;

import java.time.LocalDate;

/**
 * Whether a no-contact period is held, and since when, in one answer: "no", "not yet", "since 1 dec",
 * "2 weeks ago", "since she left", "10 days in", "since 1 dec, 30 days" (see {@link PeriodAnswers}).
 * Enter is no. The day it began is checked as {@code since} checks it (not before the breakup).
 */
record Period(Date.Check since, boolean ticked) implements AnswerKind<NoContactNow> {
    /** Asked as its own question: no is an answer, and Enter's. */
    Period(Date.Check since) {
        this(since, false);
    }


    @Override
    public String show(NoContactNow value) {
        return value.shown();
    }

    @Override
    public AnswerReader.Parsed<NoContactNow> read(AnswerReader reader, String text, Answers answers) {
        AnswerReader.Parsed<NoContactNow> read = PeriodAnswers.read(reader, new Date(java.util.Optional.empty(), since), text,
                answers);
        if (ticked && (text.isBlank() || read.value().filter(NoContactNow::holding).isEmpty() && read.problem().isEmpty()
                || read.problem().filter(Period::offersANo).isPresent())) {
            // ticked in the list: only since when is asked, and a no would take the tick back unseen ("maybe" is not
            // asked back as yes or no)
            return AnswerReader.Parsed.problem("Since when? A rough day is fine, like " + PeriodAnswers.forms(reader.today())
                    + ". (Type back to change the list.)");
        }
        return read;
    }

    /** A problem said as for the question asked alone: it asks for yes or no, or offers no. */
    private static boolean offersANo(String problem) {
        return problem.contains("yes or no") || problem.startsWith("Please answer no") || problem.contains("Type no, or");
    }

    @Override
    public void describe(StringBuilder out, LocalDate today) {
        out.append(ticked ? "  (since when, like " : "  (no, or since when, like ").append(PeriodAnswers.forms(today)).append(")\n");
    }

    @Override
    public String fallback() {
        return ticked ? "" : "no";
    }

    /** "no, she blocked me": the words may say more than this question asks; they name no choice. */
    @Override
    public boolean maySayMore() {
        return true;
    }

    @Override
    public String explained(String why, LocalDate today) {
        return why + " You can write no, or since when, like " + PeriodAnswers.forms(today)
                + "; and how long you mean to hold it after that, like " + PeriodAnswers.withALength(today) + ".";
    }
}
