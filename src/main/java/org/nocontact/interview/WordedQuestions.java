package org.nocontact.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.nocontact.situation.Action;
import org.nocontact.situation.Goal;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;

/** A listed question as it is put to this person: worded from the day and from what they already said. */
final class WordedQuestions {
    private WordedQuestions() {
    }

    /**
     * The question to ask on this day: on a day that is a special one already (14 February) the
     * special-day question says the day, so it only asks whether the plan is for another day as
     * well, and Enter means just today. Every other question is as listed.
     */
    static Question<?> onTheDay(Question<?> listed, Optional<Occasion> today) {
        return listed.key() == Key.OCCASION && today.isPresent() ? occasionOn(today.get()) : listed;
    }

    /**
     * What today's date already answers is said, not asked: on 14 February the special-day question
     * does not offer "an ordinary day" only to be overruled; it says "Today is Valentine's Day." and
     * asks only whether the plan is for another day as well.
     */
    static String sayTheDay(Occasion occasion) {
        return switch (occasion) {
            case VALENTINES_DAY -> "\nToday is Valentine's Day.";
            case CHRISTMAS -> "\nIt is Christmas.";
            case NEW_YEAR -> "\nIt is New Year.";
            default -> "\nToday is a special day.";
        };
    }

    private static Question<Optional<Occasion>> occasionOn(Occasion today) {
        Question<Optional<Occasion>> standard = SpecialDays.question();
        List<Option<Optional<Occasion>>> options = SpecialDays.options();
        Option<Optional<Occasion>> todays = options.stream().filter(o -> o.value().equals(Optional.of(today))).findFirst()
                .orElseThrow();
        List<Option<Optional<Occasion>>> choices = new ArrayList<>();
        List<String> justToday = new ArrayList<>(List.of("no", "n", "none", "just today", "today",
                todays.label().toLowerCase(Locale.ROOT)));
        justToday.addAll(todays.names());
        choices.add(new Option<>("just " + todays.label(), Optional.empty(), List.copyOf(justToday)));
        options.stream().skip(1).filter(o -> o != todays).forEach(choices::add);
        return new Question<>(Key.OCCASION, "Is what you have in mind for another special day, or just for "
                + todays.label() + "?", standard.why(), new Choice<>(List.copyOf(choices), Optional.of(Optional.empty())),
                standard.relevance(), standard.applies());
    }

    /**
     * A question worded from what is already known: "What is the gift mainly for?" rather than "What is
     * it mainly about?"; "Have they blocked you anywhere else?" right after "they just texted me".
     */
    static <T> Question<T> worded(Question<T> question, Answers answers) {
        Key<T> key = question.key();
        if (key == Key.PURPOSE) {
            Action action = answers.get(Key.ACTION).orElse(Action.TEXT);
            Question<T> worded = question.worded(action == Action.GIFT ? "What is the gift mainly for?"
                    : action == Action.REPLY ? "What would your reply mainly be about?"
                    : action == Action.CALL ? "What would the call mainly be about?"
                    : action == Action.VISIT ? "What would seeing them mainly be about?"
                    : action == Action.SOCIAL_POST ? "What would the post mainly be about?"
                    : "What would your message mainly be about?");
            return worded.kind() instanceof Choice<T> choice
                    ? worded.withKind(action == Action.GIFT ? forAGift(choice) : action == Action.REPLY ? forAReply(choice) : choice)
                    : worded;
        }
        if (key == Key.INITIATED_BY && answers.has(Key.BREAKUP_DATE) && !(question.kind() instanceof WhoAndGoal)) {
            return question.worded("Who ended it?"); // the day is known: only the missing part is asked
        }
        if (key == Key.BOUNDARIES && Questions.exWrote(answers)) {
            return question.worded("They wrote to you. Have they blocked you anywhere else (another app, your number), "
                    + "or asked you not to contact them?");
        }
        if (key == Key.FEELINGS_EXPRESSED && !answers.is(Key.GOAL, Goal.RECONCILE)) {
            return question.worded("Have you told them since that you would like to try again?"); // they may not want them back
        }
        return question;
    }

    /**
     * A reply to "how are you?" answers it: the check-in choice says so, and reads "just tell her im ok". It does not
     * offer asking how they are back, which a brief reply leaves out (the draft notes say so too).
     */
    private static <T> Choice<T> forAReply(Choice<T> purposes) {
        return new Choice<>(purposes.options().stream().map(o -> o.value() != Purpose.CHECK_IN ? o
                : new Option<>("answering how I am", o.value(),
                        Stream.concat(o.names().stream(), Stream.of(AnswerReader.plain(o.label()),
                                "tell them i'm ok", "tell them i'm fine", "tell them i'm good", "say i'm ok", "say i'm fine",
                                "that i'm ok", "that i'm fine", "answer what they asked", "answer their question",
                                "how i am")).toList())).toList(),
                purposes.defaultValue(), WordedQuestions::askingBackSaid);
    }

    /** Asking how they are, in return: "and ask how she is", "hbu", "how about you". */
    private static final Pattern ASKS_BACK = Pattern.compile("\\b(?:(?:ask|asking|and ask|see) (?:them )?how (?:she|he|they"
            + "|them)(?:'s| is| are)?(?: doing)?|hbu|wbu|how about you|what about you|and you)\\b");

    /**
     * "just tell her im ok i guess and ask how she is": read as answering how they are, and the asking back, which is
     * no choice of its own, is said so, not dropped silently.
     */
    private static <T> AnswerReader.Parsed<T> askingBackSaid(AnswerReader.Parsed<T> read, String typed) {
        if (read.value().filter(Purpose.CHECK_IN::equals).isEmpty() || !ASKS_BACK.matcher(AnswerReader.plain(typed)).find()) {
            return read;
        }
        return read.saying("Read as: answering how I am. Asking how they are in return is not a choice of its own; "
                + "the advice that follows says how much to write.");
    }

    /** A gift is not for a practical matter, nor for asking how they are: those choices are not offered. */
    private static <T> Choice<T> forAGift(Choice<T> purposes) {
        return new Choice<>(purposes.options().stream()
                .filter(o -> o.value() != Purpose.LOGISTICS && o.value() != Purpose.CHECK_IN).toList(), purposes.defaultValue());
    }
}
