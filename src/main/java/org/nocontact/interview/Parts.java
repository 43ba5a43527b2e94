package org.nocontact.interview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;

/**
 * The parts of a two-part question ({@link Questions#PARTS}): what the answer to it said of each
 * ("text her happy birthday": a greeting, for their birthday). A part said is an answer; a part
 * not said is left open, to be asked back alone where it matters.
 */
final class Parts {
    private Parts() {
    }

    /**
     * The parts a question's answer may also answer, in any of its wordings (none for most questions, and for
     * every safety question): who ended it may be asked with the day, and with the goal ({@link WhoAndGoal}).
     */
    static List<Key<?>> of(Key<?> question) {
        if (question == Key.STANDING) {
            return Standing.KEYS; // each line not ticked (and a block or a request ticked) is said with the list
        }
        List<Key<?>> listed = Questions.PARTS.getOrDefault(question, List.of());
        return question == Key.INITIATED_BY ? Stream.concat(listed.stream(), Stream.of(Key.GOAL)).toList()
                : listed;
    }

    /**
     * The parts of the question as it is put: its listed parts, or for the feelings asked together the
     * other feelings it lists (those still open that can change the advice, so never a fixed list).
     */
    static List<Key<?>> of(Question<?> question) {
        if (question.kind() instanceof WhoAndGoal joined) {
            return joined.parts();
        }
        return question.kind() instanceof Scales scales ? List.copyOf(scales.listed().subList(1, scales.listed().size()))
                : question.kind() instanceof Standing ? List.of() // read by the list itself (Walk)
                : Questions.PARTS.getOrDefault(question.key(), List.of());
    }

    /**
     * The default of a two-part question with its parts, so Enter keeps them all and none is asked again alone: the
     * day heard for its day part in an earlier answer ("he texted me i miss you last night": "[something personal,
     * last night]"); a part other than a day given before and not standing ({@code ask --from}: "[send a gift or
     * flowers, a greeting, for their birthday]"). A day given before (a saved file, a change) stays its own default,
     * as it was given; who ended it, when and the goal asked as one offer every part given before ("[they did,
     * Sunday 3 January 2027, to move on]").
     */
    static Optional<String> withTheDaySaid(Question<?> asked, Optional<String> earlier, Answers answers,
                                           Remembered remembered, Predicate<Key<?>> stands, AnswerReader reader,
                                           Function<Key<?>, Question<?>> questionOf) {
        if (earlier.isEmpty()) {
            return earlier;
        }
        StringBuilder words = new StringBuilder(earlier.get());
        for (Key<?> part : of(asked.key())) {
            Optional<String> day = remembered.answer(part).filter(d -> questionOf.apply(part).kind() instanceof Date);
            if (!answers.has(part) && day.isPresent() && remembered.given(part).isEmpty()) { // heard, never given alone
                words.append(", ").append(day.get());
            }
        }
        if (asked.kind() instanceof WhoAndGoal joined) { // "[they did, Sunday 3 January 2027, to move on]": Enter keeps all
            joined.parts().stream().filter(part -> !answers.has(part)) // given (a day only heard is in already)
                    .flatMap(part -> remembered.given(part).stream()).forEach(part -> words.append(", ").append(part));
        } else if (!(asked.kind() instanceof Scales)) {
            Questions.PARTS.getOrDefault(asked.key(), List.of()).stream()
                    .filter(part -> !answers.has(part) && !stands.test(part) && !(questionOf.apply(part).kind() instanceof Date))
                    .flatMap(part -> givenAsSaid(questionOf.apply(part), remembered, answers, reader).stream())
                    .forEach(part -> words.append(", ").append(part));
        }
        return Optional.of(words.toString());
    }

    /** A part's answer given before, as said with its question ("for their birthday"); empty where it says nothing. */
    private static <T> Optional<String> givenAsSaid(Question<T> part, Remembered remembered, Answers answers,
                                                    AnswerReader reader) {
        return remembered.given(part.key()).flatMap(given -> EarlierAnswers.kept(reader, part, given, answers))
                .flatMap(kept -> kept.value().map(value -> ReadAs.part(part.key(), value, kept.shown())))
                .filter(said -> !said.isEmpty());
    }

    /** As {@link #said(Question, String, Answers, AnswerReader)}, for a part of the question {@code asked} as put. */
    static <T> Optional<AnswerReader.Parsed<T>> said(Question<?> asked, Question<T> part, String typed, Answers answers,
                                                    AnswerReader reader) {
        if (asked.kind() instanceof Scales scales) { // "3, 5, 7", "sad 8, rest idk": read by the order asked
            return scales.said(part.key(), typed).map(alone -> reader.parse(part, alone, answers)).filter(Parts::clear);
        }
        if (asked.kind() instanceof WhoAndGoal && part.kind() instanceof Date) {
            // "she dumped me 2 weeks ago, i want her back": the day ends its own clause, or is one ("me, 3 weeks ago")
            return WhoAndGoal.clauses(typed).stream().map(clause -> said(part, clause, answers, reader)
                    .or(() -> Optional.of(reader.parse(part, clause, answers)).filter(Parts::clear) // "i did, jan 20"
                            .filter(read -> !NOW_WORDS.matcher(AnswerReader.plain(clause)).matches()) // "i did. now i want ..."
                            .map(read -> saidBack(read, AnswerReader.plain(clause), reader)))
                    .or(() -> dayWithin(part, clause, answers, reader))) // "he did on friday over snap"
                    .flatMap(Optional::stream).findFirst();
        }
        if (asked.kind() instanceof WhoAndGoal && part.key() == Key.GOAL) {
            // "she did 2 weeks ago and idk": idk of the goal; read as the goal alone reads it, so "i don't want her back"
            // is no goal (it is asked back alone), and only where the words name one
            String words = WhoAndGoal.goalWords(typed, reader.today());
            Optional<String> named = part.kind().heardIn(AnswerReader.plain(words));
            Optional<AnswerReader.Parsed<T>> read = named.map(goal -> reader.parse(part, words, answers)).filter(Parts::clear)
                    .or(() -> goalAlone(part, typed, answers, reader)); // "mutual. friends i guess"
            // "idk", "i'm not sure" read alone are a doubt to hedge away; said for this part, they are its answer
            return read.or(() -> part.kind() instanceof Choice<T> goals ? goals.options().stream()
                    .filter(o -> o.value() == Goal.UNSURE && named.filter(o.label()::equals).isPresent())
                    .map(o -> AnswerReader.Parsed.ok(o.value(), o.label())).findFirst() : Optional.empty());
        }
        return said(part, typed, answers, reader);
    }

    /**
     * A clause that is the goal said on its own, its words a choice's own ("mutual, in the summer. friends i guess":
     * "friends i guess"), where the words together name none ("friends" alone is too common to find in a sentence).
     * A doubt alone ("idk") is not it: it may be about the day or who ended it; nor is a number ("1, to get back
     * together": 1 is who ended it).
     */
    private static <T> Optional<AnswerReader.Parsed<T>> goalAlone(Question<T> part, String typed, Answers answers,
                                                                 AnswerReader reader) {
        return WhoAndGoal.goalClauses(typed, reader.today()).stream()
                .filter(clause -> !AnswerReader.plain(clause).matches("[\\d ]*")) // "1": who ended it, never a goal's number
                .map(clause -> reader.parse(part, clause, answers)).filter(Parts::clear)
                .filter(read -> read.value().filter(Goal.UNSURE::equals).isEmpty()).findFirst();
    }

    /**
     * A day said inside a clause, with words after it ("he did on friday over snap", "halloween 🎃 lol"): the longest
     * run of its words that reads as a clear day, said back; never a number alone.
     */
    private static <T> Optional<AnswerReader.Parsed<T>> dayWithin(Question<T> part, String clause, Answers answers,
                                                                 AnswerReader reader) {
        List<String> words = List.of(AnswerReader.plain(clause).split(" "));
        for (int length = Math.min(words.size(), LONGEST_DAY); length >= 1; length--) { // a few words: long answers stay cheap
            for (int from = 0; from + length <= words.size(); from++) {
                String run = String.join(" ", words.subList(from, from + length));
                // never a day inside a rougher one ("thanksgiving" in "over thanksgiving weekend": which day is asked)
                boolean inside = from + length < words.size()
                        && DateAnswers.speaksOfADay(run + " " + words.get(from + length), reader.today());
                if (run.matches(".*\\p{L}.*") && !NOW_WORDS.matcher(run).matches() && !inside) {
                    AnswerReader.Parsed<T> read = reader.parse(part, run, answers);
                    if (clear(read)) {
                        return Optional.of(saidBack(read, run, reader));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The most words a day said inside a clause takes ("2 days before christmas", "the day after thanksgiving weekend"). */
    private static final int LONGEST_DAY = 5;

    /** Words of the moment, inside a clause ("now i want to move on"): not the day it ended. */
    private static final Pattern NOW_WORDS = Pattern.compile("(?:right )?now|just");

    /** What {@code typed} said of the part, read as an answer to it (worded from the answers so far); empty if nothing clear. */
    static <T> Optional<AnswerReader.Parsed<T>> said(Question<T> part, String typed, Answers answers, AnswerReader reader) {
        String plain = AnswerReader.plain(typed);
        if (part.kind() instanceof Date) {
            return dayAtTheEnd(part, plain, answers, reader);
        }
        if (part.key() == Key.PURPOSE && repliesToWhatTheyWrote(plain, answers, reader)) {
            return Optional.empty(); // 'she just texted me "how are you?"': their message, not what the reply is about
        }
        Optional<AnswerReader.Parsed<T>> named = part.kind().heardIn(plain).map(words -> reader.parse(part, words, answers))
                .filter(Parts::clear);
        if (named.isEmpty() && part.key() == Key.OCCASION && Overheard.saysTheyAreHurt(plain)) {
            // "i want to go see him, hes in icu after a car crash": no plan for a special day, so that is not asked
            return Optional.of(reader.parse(part, "no", answers)).filter(Parts::clear);
        }
        return named;
    }

    /**
     * What the plan is for, where its words name two choices ("text him merry xmas and that i still love him": a
     * greeting, and my feelings): the choices' words together, remembered for when it is asked, where the person picks
     * one of those they named; empty where the words name one or none, or name their message's topic.
     */
    static Optional<String> purposesNamed(Question<?> part, String typed, Answers answers, AnswerReader reader) {
        if (part.key() != Key.PURPOSE || repliesToWhatTheyWrote(AnswerReader.plain(typed), answers, reader)) {
            return Optional.empty();
        }
        List<String> named = NamedTogether.in(part.kind(), typed).stream().map(Option::label).toList();
        return named.isEmpty() ? Optional.empty() : Optional.of(String.join(" or ", named));
    }

    /**
     * Whether the words are a reply and say their message was personal (as {@link Overheard} reads them): a practical
     * message ("reply to her msg about picking up the kids") is answered about the same practical matter.
     */
    private static boolean repliesToWhatTheyWrote(String plain, Answers answers, AnswerReader reader) {
        return heard(Key.EX_CONTACT_ABOUT, plain, answers, reader).filter(ExContactAbout.LOGISTICS::equals).isEmpty()
                && heard(Key.EX_CONTACT_ABOUT, plain, answers, reader).isPresent()
                && heard(Key.ACTION, plain, answers, reader).filter(Action.REPLY::equals).isPresent();
    }

    private static Optional<Object> heard(Key<?> key, String plain, Answers answers, AnswerReader reader) {
        return Questions.all().stream().filter(q -> q.key() == key).findFirst()
                .flatMap(q -> q.kind().heardIn(plain).flatMap(words -> reader.parse(q, words, answers).value()));
    }

    /**
     * A day said after the first part ("she dumped me 2 weeks ago", "me, last week"): the longest end of
     * the words that reads as a day with no question about it; a day that would need asking back is not taken.
     */
    private static <T> Optional<AnswerReader.Parsed<T>> dayAtTheEnd(Question<T> part, String plain, Answers answers,
                                                                    AnswerReader reader) {
        int from = dayStarts(part, plain, answers, reader);
        if (from < 0) {
            return Optional.empty();
        }
        if (plain.split(" ")[from - 1].equals("the") && clear(reader.parse(part, words(plain, from - 1), answers))) {
            from--; // "i did, the 14th": read and said back as "The 14th", with the word that makes it a day of the month
        }
        return Optional.of(saidBack(reader.parse(part, words(plain, from), answers), words(plain, from), reader));
    }

    /**
     * "she did, 14 oct": every day read with another answer is said back with its weekday, so a misreading is seen; a
     * day in the file's form (a default taken from a saved file, never typed so) is said back as the day alone.
     */
    private static <T> AnswerReader.Parsed<T> saidBack(AnswerReader.Parsed<T> read, String words, AnswerReader reader) {
        String said = ISO_DAY.matcher(words).matches() ? "" : AnswerReader.properCase(org.nocontact.text.Texts.printable(words))
                + ": ";
        return read.note().isEmpty() && read.value().orElse(null) instanceof LocalDate day
                ? read.saying(said + DateAnswers.longDate(day, reader.today()) + ".")
                : read;
    }

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * The words of an answer to a two-part question without the day said at their end ("me, last month":
     * "me"), so the first part reads as if said alone; empty when no day is said there.
     */
    static Optional<String> withoutTheDay(Key<?> question, String typed, Answers answers, AnswerReader reader) {
        String plain = AnswerReader.plain(typed);
        for (Question<?> part : Questions.all()) {
            if (of(question).contains(part.key()) && part.kind() instanceof Date) {
                int from = dayStarts(part, plain, answers, reader);
                if (from > 0) { // "me on 14 feb": "me", without the little word before the day
                    return Optional.of(String.join(" ", List.of(plain.split(" ")).subList(0, from))
                            .replaceFirst("(?: (?:on|in|at|around|about|like|roughly|just|back))+$", ""));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Only the day typed where the first part is offered ("[something practical] > this morning"): the offered first
     * part with the day, so only the day need be said; empty where the words are not a day alone.
     */
    static Optional<String> dayAfterTheOffered(Key<?> question, String offered, String typed, Answers answers,
                                               AnswerReader reader) {
        return Questions.all().stream().filter(part -> of(question).contains(part.key()) && part.kind() instanceof Date)
                .filter(day -> clear(reader.parse(day, typed, answers))).findFirst()
                .map(day -> offered + ", " + typed);
    }

    /**
     * A rough day said after the first part that needs asking about ("we both did, last march"): its words,
     * offered as the default when the day is asked alone, so what was said is not lost; empty otherwise.
     */
    static Optional<String> roughDayAtTheEnd(Question<?> part, String typed, Answers answers, AnswerReader reader) {
        String plain = AnswerReader.plain(typed);
        if (!(part.kind() instanceof Date) || dayStarts(part, plain, answers, reader) >= 0) {
            return Optional.empty();
        }
        // a doubt alone at the end ("she did, in october. not sure") is about what they want, not the day
        int from = firstEndWhere(plain, tail -> DateAnswers.speaksOfADay(tail, reader.today()) && !RoughDays.doubtAlone(tail));
        if (from >= 0) {
            return Optional.of(words(plain, from));
        }
        // "mutual i guess, end of october. i'd like to stay friends": a clause that is the rough day itself; "he did,
        // since he left in nov. ...": one that ends with it, where the end needs asking about (a clear day is read)
        return WhoAndGoal.clauses(typed).stream().map(AnswerReader::plain)
                .map(clause -> DateAnswers.speaksOfADay(clause, reader.today()) && !RoughDays.doubtAlone(clause)
                        ? Optional.of(clause)
                        : roughEnd(part, clause, answers, reader))
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * The longest end of a clause that speaks of a day that has passed and needs asking about ("since he left in nov":
     * "in nov"); never a day to come ("i want to text her tomorrow" says nothing of when it ended).
     */
    private static Optional<String> roughEnd(Question<?> part, String clause, Answers answers, AnswerReader reader) {
        LocalDate today = reader.today();
        int from = firstEndWhere(clause, tail -> DateAnswers.speaksOfADay(tail, today)
                && DateAnswers.parse(tail, today).filter(day -> day.isAfter(today)).isEmpty()
                && !clear(reader.parse(part, tail, answers)));
        return from < 0 ? Optional.empty() : Optional.of(words(clause, from));
    }

    private static int dayStarts(Question<?> part, String plain, Answers answers, AnswerReader reader) {
        return firstEndWhere(plain, tail -> clear(reader.parse(part, tail, answers)));
    }

    /** Where the longest end of the words (never the whole) that passes the test starts, in words; -1 if none does. */
    private static int firstEndWhere(String plain, Predicate<String> test) {
        int count = plain.split(" ").length;
        for (int from = 1; from < count; from++) {
            if (test.test(words(plain, from))) {
                return from;
            }
        }
        return -1;
    }

    private static String words(String plain, int from) {
        List<String> words = List.of(plain.split(" "));
        return String.join(" ", words.subList(from, words.size()));
    }

    private static boolean clear(AnswerReader.Parsed<?> parsed) {
        return parsed.problem().isEmpty() && parsed.value().isPresent();
    }
}
