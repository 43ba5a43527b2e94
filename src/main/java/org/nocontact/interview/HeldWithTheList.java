package org.nocontact.interview;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Since when no contact has been held, said with the list of where things stand as its line is ticked ("3, like 23
 * days now", "3 since the 15th", "3, 3 weeks in", "i havent texted her since like jan 25"): the words, read as the
 * question "Since when have you held no contact?" reads them. They are said back with the list ("23 days now: since
 * Sunday 15 November") and offered when that question is asked, so Enter takes what the person said.
 */
final class HeldWithTheList {
    /**
     * "i havent texted her since like jan 25": the words of the day after since, to the end of the answer or to the
     * next number of the list ("5 since like 2 months. 6 mutual friends": "2 months").
     */
    private static final Pattern SINCE = Pattern.compile("\\bsince (?:like |about |around |roughly )?((?:\\S+ ?){1,4}?)"
            + "(?= \\d{1,2} (?!days?\\b|weeks?\\b|wks?\\b|months?\\b|years?\\b|ago\\b)|$)");
    private static final String COUNT = "(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few"
            + "|a couple of|a couple)";
    /** "like 3 wks no texting": how long, before what is held; said as since that many days ago. */
    private static final Pattern FOR_NO_CONTACT = Pattern.compile("\\b(" + COUNT + " (?:days?|weeks?|wks?|months?))"
            + " (?:of )?(?:no (?:texting|texts|contact|talking)|nc)\\b");
    /** "like 23 days now", "3 weeks in", "day 23": how long it has run, today counted, as the question reads it. */
    private static final Pattern SO_FAR = Pattern.compile("(?:^|\\b(?:like|about|around|almost|nearly|for|it's|its|been)"
            + " |^\\d{1,2} )(" + COUNT + " (?:days?|weeks?|wks?|months?)(?: now| in| so far| already| strong| straight)*"
            + "|day \\d{1,3}(?: today| now)?)$");

    private HeldWithTheList() {
    }

    /** The words that say since when, as offered at the question ("since jan 25", "since 3 weeks ago", "23 days now"). */
    static Optional<String> words(String plain) {
        Matcher since = SINCE.matcher(plain);
        if (since.find()) {
            return Optional.of("since " + since.group(1).trim());
        }
        Matcher held = FOR_NO_CONTACT.matcher(plain);
        if (held.find()) {
            return Optional.of("since " + weeks(held.group(1)) + " ago");
        }
        Matcher soFar = SO_FAR.matcher(plain);
        return soFar.find() ? Optional.of(weeks(soFar.group(1))) : Optional.empty();
    }

    /**
     * The list's answer with since when said back after the line it ticks ("Read as: 3) you are holding no contact,
     * 23 days now: since Sunday 15 November."), where the words read as a day; else as it was.
     */
    static AnswerReader.Parsed<Standing.Ticks> saidBack(AnswerReader.Parsed<Standing.Ticks> read, AnswerReader reader,
                                                        String typed, Answers answers) {
        boolean holding = read.value().filter(ticks -> ticks.ticks(Key.NO_CONTACT_STARTED)).isPresent();
        Optional<String> said = holding ? words(AnswerReader.plain(typed)).flatMap(w -> day(reader, w, answers))
                : Optional.empty();
        if (said.isEmpty() || read.note().filter(note -> note.endsWith(".")).isEmpty()) {
            return read;
        }
        String note = read.note().get();
        String held = Standing.Line.HOLDING.text().toLowerCase(java.util.Locale.ROOT);
        // "5 since like 2 months. 6 mutual friends": said right after its own line where another follows it
        return read.saying(note.endsWith(held + ".") || !note.contains(held) ? note.replaceFirst("\\.$", ", " + said.get() + ".")
                : note.replace(held, held + " (" + said.get() + ")"));
    }

    /**
     * How the words read ("23 days now: since Sunday 15 November"); empty where they do not read as a day (the
     * question asks back when it comes).
     */
    private static Optional<String> day(AnswerReader reader, String words, Answers answers) {
        Optional<java.time.LocalDate> since = PeriodAnswers.read(reader, new Date(Optional.empty(),
                DatesThatFit::noContactDateFits), words, answers).value().flatMap(NoContactNow::since);
        String day = since.map(d -> "since " + DateAnswers.longDate(d, reader.today())).orElse("");
        return since.map(d -> words.startsWith("since ") ? day : words + ": " + day);
    }

    /** "3 wks": "3 weeks", as the question reads it. */
    private static String weeks(String said) {
        return said.replaceFirst("\\bwks?$", "weeks").replaceFirst("\\b1 weeks$", "1 week");
    }
}
