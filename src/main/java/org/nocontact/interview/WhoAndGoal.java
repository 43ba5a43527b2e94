package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.nocontact.situation.InitiatedBy;

/**
 * Who ended it and what the person wants now, asked as one question where both are still open and both
 * can change the advice ("Who ended it, and what do you want now?"; decision I). The question's own key
 * is who ended it, read from the words that say it ("she dumped me" in "she dumped me, i want her back");
 * the goal, and the day where it is asked too, are its parts ({@link Parts}): a part said is an answer, a
 * part not said is asked back alone where it matters.
 *
 * @param who   who ended it, as asked alone
 * @param parts the goal, after the breakup's day where the question asks it too
 */
record WhoAndGoal(Choice<InitiatedBy> who, List<Key<?>> parts) implements AnswerKind<InitiatedBy> {
    WhoAndGoal {
        parts = List.copyOf(parts);
    }

    /** The question asking who ended it and the goal (and the day, where {@code withTheDay}) as one. */
    static Question<InitiatedBy> question(Question<InitiatedBy> whoEndedIt, boolean withTheDay) {
        Choice<InitiatedBy> who = (Choice<InitiatedBy>) whoEndedIt.kind();
        return new Question<>(Key.INITIATED_BY, withTheDay ? "Who ended it, when, and what do you want now?"
                : "Who ended it, and what do you want now?",
                "Who ended it and what you want now both change the advice, for example whether a period of no contact "
                        + "fits you" + (withTheDay ? ", and the day lets me count how long it has been" : "") + ". There is "
                        + "no wrong answer, and no blame in it. For example: she ended it"
                        + (withTheDay ? " 2 weeks ago" : "") + " and I want her back; me, and I want to move on; we both "
                        + "did, and I'm not sure.",
                new WhoAndGoal(who, withTheDay ? List.of(Key.BREAKUP_DATE, Key.GOAL) : List.of(Key.GOAL)),
                whoEndedIt.relevance(), whoEndedIt.applies());
    }

    /**
     * Who ended it and the goal as one question where both are open and both are asked now ({@code asked}: each
     * can change the advice, or a file needs it and it was never asked); either alone, as listed, otherwise. An
     * answer that {@code stands} (changing another) is not asked again, unless the two were said as one answer
     * ({@code saidAsOne}), which is being changed.
     */
    static Question<?> together(Question<?> listed, Question<InitiatedBy> whoEndedIt, Answers answers,
                                Predicate<Key<?>> stands, boolean saidAsOne, Predicate<Key<?>> asked) {
        List<Key<?>> keys = Questions.ASKED_AS_ONE;
        if (keys.stream().anyMatch(answers::has) || keys.stream().allMatch(stands)) {
            return listed;
        }
        boolean both = keys.stream().allMatch(key -> stands.test(key) ? saidAsOne : key == listed.key() || asked.test(key));
        return both ? question(whoEndedIt, !answers.has(Key.BREAKUP_DATE)) : listed;
    }

    /**
     * Words between the parts of an answer ("she dumped me, i want her back", "me. i want to move on", "i did but i miss
     * her"); a face typed between them ("new years eve :( i want her back") ends a clause too.
     */
    private static final Pattern CLAUSES = Pattern.compile("\\s*(?:[:;=]'?-?[()\\[\\]/\\\\|DPp3]+(?=\\s|$))\\s*"
            + "|\\s*[,.;!?]+\\s*|\\s+(?:and|but|so|tbh|honestly)\\s+"
            + "|(?<!\\b(?:i|just|dont|don't|not|never|longer|do|really))\\s+(?=(?:i |i just |just )?(?:want|wanna)\\b)");

    /** "now" at the end of a clause ("co-parenting now") is not the day it ended. */
    private static final Pattern NOW = Pattern.compile("\\s+(?:right )?now$");

    /** A goal said as not wanted ("i dont want her back", "not wanting to be friends"): no goal, asked back alone. */
    private static final Pattern NOT_WANTED = Pattern.compile(
            "\\b(?:don't|dont|do not|doesn't|not|never|no longer|don't really|dont really) (?:want|wanna|wanting|need)\\b");

    /** Doubt about the day, not the goal ("i ended it idk when", "she did, not sure exactly when"). */
    private static final Pattern DOUBT_ABOUT_THE_DAY = Pattern.compile(
            "\\b(?:i don't know|i dont know|idk|not sure|no idea|dunno|can't remember|cant remember)(?: exactly)?"
                    + " (?:when|what day|which day|the date|the day)\\b");

    @Override
    public String show(InitiatedBy value) {
        return who.show(value);
    }

    /** Who ended it, from the whole answer where it reads, else from the first of its clauses that does ("me. i want to move on"). */
    @Override
    public AnswerReader.Parsed<InitiatedBy> read(AnswerReader reader, String text, Answers answers) {
        AnswerReader.Parsed<InitiatedBy> whole = who.read(reader, text, answers);
        if (whole.problem().isEmpty()) {
            return whole;
        }
        return clauses(text).stream().map(clause -> whoIn(reader, clause, answers)).filter(p -> p.problem().isEmpty()).findFirst()
                .map(p -> p.note().isPresent() ? p : p.saying("Read as: " + p.shown() + "."))
                .orElse(whole);
    }

    /** Who ended it, from a clause as it is, or without the day said at its end ("me :( jan 20. i think i messed up"). */
    private AnswerReader.Parsed<InitiatedBy> whoIn(AnswerReader reader, String clause, Answers answers) {
        AnswerReader.Parsed<InitiatedBy> read = who.read(reader, clause, answers);
        return read.problem().isEmpty() ? read : Parts.withoutTheDay(Key.INITIATED_BY, clause, answers, reader)
                .map(words -> who.read(reader, words, answers)).orElse(read);
    }

    /** The clauses of an answer, in the order typed ("she dumped me 2 weeks ago", "i want her back"). */
    static List<String> clauses(String typed) {
        return Arrays.stream(CLAUSES.split(typed.trim())).map(clause -> NOW.matcher(clause).replaceAll(""))
                .filter(clause -> !clause.isBlank()).toList();
    }

    /**
     * The words that may say the goal: the clauses that do not speak of a day ("she did 2 weeks ago and idk":
     * "idk"), without a doubt that is about the day ("idk when"), so a "maybe" or an "idk" said of the day is
     * never read as "I'm not sure" what they want.
     */
    static String goalWords(String typed, LocalDate today) {
        return String.join(" ", goalClauses(typed, today));
    }

    /** The clauses of {@link #goalWords}, each as typed ("mutual, in the summer. friends i guess": "friends i guess"). */
    static List<String> goalClauses(String typed, LocalDate today) {
        String words = DOUBT_ABOUT_THE_DAY.matcher(Everyday.words(typed)).replaceAll(" ");
        return clauses(words).stream().filter(clause -> !endsWithADay(clause, today))
                .filter(clause -> !NOT_WANTED.matcher(AnswerReader.plain(clause)).find()).toList();
    }

    /** Whether the clause, or its end, reads as a day ("she did like maybe 2 weeks ago"; never "not sure"). */
    private static boolean endsWithADay(String clause, LocalDate today) {
        List<String> words = List.of(clause.trim().split(" "));
        for (int from = 0; from < words.size(); from++) {
            String tail = String.join(" ", words.subList(from, words.size()));
            if (DateAnswers.read(tail, tail, today).date().isPresent()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void describe(StringBuilder out, LocalDate today) {
        Option.numbered(out, who.options()); // a number or the words, as "Who ended it?" alone
        out.append("  (and what you want now: to get back together, to move on, to be friends, or not sure)\n");
    }

    /** No default: who ended it and the goal are the person's own to say. */
    @Override
    public String fallback() {
        return "";
    }

    /** As who ended it alone: its words may say more, and name later choices ("she dumped me so i wanna text her"). */
    @Override
    public boolean maySayMore() {
        return who.maySayMore() && who.mayNameChoices();
    }

    @Override
    public boolean mayNameChoices() {
        return maySayMore();
    }

    @Override
    public Optional<String> heardIn(String plain) {
        return who.heardIn(plain);
    }
}
