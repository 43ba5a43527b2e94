package org.nocontact.interview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nocontact.interview.AnswerReader.Parsed;
import org.nocontact.text.Texts;

/**
 * Reads "Are you holding no contact now? If so, since when?" as people answer it: "no", "not yet";
 * "yeah" alone (then "Since when?" follows); a day it began ("since 1 dec", "2 weeks ago", "since she
 * left", the day of the breakup); how long it has run ("10 days in", "yeah 10 days", "day 10"); and
 * a length after the start ("since 1 dec, 30 days", "day 10 of 30").
 *
 * <p>How long it has run counts today: "10 days in" is day 10 today, so it began 9 days ago, and the
 * verdict and the tracker say "day 10", the count the person gave. A day said ("10 days ago") is that
 * day: it began then, and today is day 11.
 */
final class PeriodAnswers {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final String NUMBER = "(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|a couple of|a couple|couple of|a few)";
    private static final String UNIT = "(day|week|month)s?";
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("a couple of", 2), Map.entry("a couple", 2),
            Map.entry("couple of", 2), Map.entry("a few", 3));

    /** "yes", "yeah i am", "i've been no contact": said before the start, it says a period is held. */
    private static final Pattern HELD = Pattern.compile("(?:yes|yeah|yep|yup|y)(?: i am| i have| i'm| i've been| i have been)?"
            + "(?: (?:doing )?(?:no contact|nc))?(?: now)?"
            + "|(?:i am|i'm|i've been|i have been|been) (?:doing |holding )?(?:no contact|nc)(?: now)?|(?:no contact|nc)(?: now)?");
    /** "10 days in", "for 2 weeks", "day 10": how long it has run, today counted. */
    private static final Pattern SO_FAR = Pattern.compile("(?:(?:for|since|like|about|around|almost|nearly) )*" + NUMBER + " " + UNIT
            + "(?: in| now| so far| already| strong| straight| today)*");
    private static final Pattern DAY_NUMBER = Pattern.compile("(?:on |it's |its )?day (\\d{1,3})(?: today| now)?");
    /** "30 days", "for 6 weeks", "of 30", "30 day goal": the length, after the start. */
    private static final Pattern LENGTH = Pattern.compile("(.+?) (?:and |for |out of |of |with )?(?:a |the )?(?:goal of |plan of )?"
            + NUMBER + "(?: " + UNIT + ")?(?: total| in all| in total| long| goal| planned| plan| period)?");
    private static final Pattern LENGTH_ONLY = Pattern.compile("(?:for |out of |of )?" + NUMBER + "(?: " + UNIT + ")?");
    private static final Pattern STARTED = Pattern.compile("(?:since|from|started|starting|it started|began|start) (.+)");

    private PeriodAnswers() {
    }

    /** The forms an answer can take, with a day from the past as the example. */
    static String forms(LocalDate today) {
        return "since " + SHORT.format(today.minusWeeks(3)) + ", 3 weeks ago or 10 days in";
    }

    /** A start with a length after it, as an example. */
    static String withALength(LocalDate today) {
        return "since " + SHORT.format(today.minusWeeks(3)) + ", 30 days";
    }

    /**
     * A no, then that they are in touch ("not really, we texted a couple times about her cat", "nah we still
     * talk"): not holding no contact. A not in the reason ("no i haven't texted her") could mean either, so it is not read here.
     */
    private static final Pattern IN_TOUCH = Pattern.compile("(?:no|nah|nope|not really|no not really|not exactly|not at all)"
            + " (?!.*\\b(?:not|never|no|haven't|hasn't|didn't|don't|won't|can't|stopped)\\b)(?:.* )?(?:we|i|they|she|he)(?: still| just)?"
            + " (?:text|texted|texting|talk|talked|talking|message|messaged|messaging|call|called|calling|speak|spoke"
            + "|speaking|chat|chatted|chatting|see|saw|hang out|hung out|meet|met|dm|dmed|are in touch|keep in touch"
            + "|stay in touch)\\b.*");

    /** "i haven't texted her since saturday", "havent talked to him since the 1st": no contact, since that day. */
    private static final Pattern NOT_SINCE = Pattern.compile("(?:i )?(?:haven't|have not|didn't|did not|have not|hadn't)"
            + " (?:texted|text|talked to|talk to|spoken to|spoke to|contacted|contact|messaged|message|called|call"
            + "|reached out to|reach out to|been in touch with|dmed|dm'd) (?:her|him|them|my ex)(?: at all| once)? since (.+)");

    /** "not really, we just dont talk": they are out of touch, but no period is said to be held. */
    private static final Pattern NOT_TALKING = Pattern.compile("(?:not really|no|nah|nope|not exactly|not officially)"
            + " (?:we |i )?(?:just )?(?:don't|do not|never|barely|hardly) (?:talk|speak|text|talk much|speak much|see each other)"
            + "(?: anymore| now| to each other| much)*");

    /** A hedge before the answer ("kinda since last week", "sort of, 10 days in"). */
    private static final String HEDGE = "^(?:kind of|sort of|mostly|pretty much|more or less|i guess|i think|ish) ";

    static Parsed<NoContactNow> read(AnswerReader reader, Date since, String text, Answers answers) {
        // the day is read from the words without their hedges: a day that could not be read is quoted as typed
        return DateAnswers.quotingWhatWasTyped(reading(reader, since, text, answers), text);
    }

    private static Parsed<NoContactNow> reading(AnswerReader reader, Date since, String text, Answers answers) {
        String words = AnswerReader.unhedged(text).replaceAll("[,;!?]", " ").replaceAll("\\.(\\s|$)", " ")
                .replaceAll("\\s+", " ").trim();
        if (words.isEmpty()) {
            return Parsed.ok(NoContactNow.NOT_HOLDING, "no"); // Enter
        }
        if (IN_TOUCH.matcher(words).matches()) { // "not really, we texted a couple times about her cat"
            return Parsed.ok(NoContactNow.NOT_HOLDING, "no").saying("Read as: no.");
        }
        Matcher notSince = NOT_SINCE.matcher(words.replaceFirst(HEDGE, "")); // "kinda i havent texted him since then"
        if (notSince.matches()) { // "i havent texted her since saturday": held since then, said back
            Optional<Parsed<NoContactNow>> then = started(reader, since, "since " + notSince.group(1), answers);
            if (then.isPresent()) {
                return then.get();
            }
        }
        if (NOT_TALKING.matcher(words).matches()) { // "not really, we just dont talk": no, most likely; asked back
            return Parsed.suggesting("Did you mean no, you are not holding it on purpose? Type yes, or since when, like "
                    + forms(reader.today()) + ".", "no");
        }
        Optional<String> rest = afterHeld(words);
        if (rest.isPresent() && rest.get().isEmpty()) {
            return Parsed.ok(NoContactNow.heldSinceUnsaid(), "yes"); // "Since when?" comes next
        }
        Optional<Parsed<NoContactNow>> period = started(reader, since, rest.orElse(words), answers)
                // "kinda, since last week": the day it began is said back, so a hedge read as held can be changed
                .or(() -> started(reader, since, words.replaceFirst(HEDGE, ""), answers).filter(p -> p.note().isPresent()));
        if (period.isPresent()) {
            return period.get();
        }
        Parsed<Boolean> yesNo = YesNoAnswers.yesNo(text, false);
        if (yesNo.value().isPresent()) {
            return yesNo.value().get() ? Parsed.ok(NoContactNow.heldSinceUnsaid(), "yes")
                    : Parsed.ok(NoContactNow.NOT_HOLDING, "no");
        }
        return Parsed.problem(yesNo.problem().orElseThrow().startsWith("Please answer yes or no")
                ? "Please answer no, or say since when: " + forms(reader.today()) + "."
                : yesNo.problem().get().replace("Please type yes or no.", "Type no, or since when (like 2 weeks ago)."));
    }

    /** What follows a yes ("yeah 10 days": "10 days"), empty when nothing does; none when no yes was said. */
    private static Optional<String> afterHeld(String words) {
        String[] each = words.split(" ");
        for (int k = each.length; k > 0; k--) {
            if (HELD.matcher(String.join(" ", Arrays.copyOfRange(each, 0, k))).matches()) {
                return Optional.of(String.join(" ", Arrays.copyOfRange(each, k, each.length)));
            }
        }
        return Optional.empty();
    }

    /** The start (and a length after it), when the words give one; a date's problem when they try. */
    private static Optional<Parsed<NoContactNow>> started(AnswerReader reader, Date since, String words, Answers answers) {
        Matcher length = LENGTH.matcher(words);
        if (length.matches() && !LENGTH_ONLY.matcher(words).matches()) {
            Optional<Parsed<NoContactNow>> start = start(reader, since, length.group(1), answers);
            if (start.isPresent() && start.get().value().isPresent()) {
                return Optional.of(withLength(start.get(), days(length.group(2), length.group(3))));
            }
        }
        return start(reader, since, words, answers);
    }

    private static Optional<Parsed<NoContactNow>> start(AnswerReader reader, Date since, String words, Answers answers) {
        LocalDate today = reader.today();
        Matcher soFar = SO_FAR.matcher(words);
        Matcher dayNumber = DAY_NUMBER.matcher(words);
        if (soFar.matches() || dayNumber.matches()) {
            int day = soFar.matches() ? days(soFar.group(1), soFar.group(2)) : Integer.parseInt(dayNumber.group(1));
            LocalDate began = today.minusDays(Math.max(day, 1) - 1L);
            String said = Texts.capitalised(words.replaceFirst("^(?:(?:like|about|around|almost|nearly) )+", ""));
            // "day 23 today" says the day itself: "Day 23 today, counted from ...", never "Day 23 today: day 23 today"
            String which = dayNumber.matches() ? "Day " + Math.max(day, 1) + " today" : said + ": day " + Math.max(day, 1)
                    + " today";
            return Optional.of(held(reader.date(since, began.toString(), answers), which + ", counted from "
                    + DateAnswers.longDate(began, today) + "."));
        }
        Matcher started = STARTED.matcher(words);
        boolean saidSince = started.matches() && !AnswerReader.saysSinceTheBreakup(words);
        String day = saidSince ? started.group(1) : words;
        Parsed<LocalDate> date = reader.date(since, day, answers);
        boolean readAsADay = date.value().isPresent() || date.suggestion().isPresent() || saidSince
                || AnswerReader.saysSinceTheBreakup(words);
        return readAsADay ? Optional.of(held(date, "")) : Optional.empty();
    }

    private static Parsed<NoContactNow> held(Parsed<LocalDate> date, String note) {
        Optional<NoContactNow> value = date.value().map(day -> NoContactNow.heldSince(day, OptionalInt.empty()));
        Parsed<NoContactNow> read = new Parsed<>(value, value.map(NoContactNow::shown).orElse(""), date.note(),
                date.problem(), date.suggestion());
        return note.isEmpty() || value.isEmpty() ? read : read.saying(note);
    }

    private static Parsed<NoContactNow> withLength(Parsed<NoContactNow> start, int days) {
        if (days < 1 || days > 365) {
            return Parsed.problem("A period of " + days + " days: please give a length from 1 to 365 days, "
                    + "like since 1 March, 30 days.");
        }
        NoContactNow value = NoContactNow.heldSince(start.value().orElseThrow().since().orElseThrow(), OptionalInt.of(days));
        return new Parsed<>(Optional.of(value), value.shown(), start.note(), Optional.empty(), Optional.empty());
    }

    /** "10 days", "2 weeks", "a month", "30": in days (a number alone is days). */
    private static int days(String number, String unit) {
        int n = WORDS.getOrDefault(number, -1);
        if (n < 0) {
            n = Integer.parseInt(number);
        }
        return unit == null || unit.equals("day") ? n : unit.equals("week") ? n * 7 : n * 30;
    }
}
