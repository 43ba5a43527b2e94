package org.nocontact.interview;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nocontact.interview.Standing.Line;
import org.nocontact.interview.Standing.Ticks;

/**
 * Reads an answer to "Which of these are true now?": numbers ("1 3", "1,3", "1 and 3"), none ("nope none",
 * "none of them"), all ("all of them", "all but 2"), or words that name the lines ("she blocked me and texted
 * last week"). A number not listed is told plainly; "idk" is asked back kindly; words that deny what they name
 * ("she didn't block me") are asked back, never guessed.
 */
final class StandingAnswers {
    private static final Set<String> NONE = Set.of("none", "no", "n", "nope", "nah", "nothing", "none of them",
            "none of those", "none of these", "nope none", "no none", "nah none", "nope none of them", "no none of them",
            "neither", "zero", "0", "no to all", "not any", "none really", "nothing really", "none of the above",
            "no none of those", "nope not any", "none at all", "not one", "no nothing", "none of em", "nope nothing");
    private static final Set<String> ALL = Set.of("all", "all of them", "all of it", "all of these", "all of those",
            "everything", "yes all", "all true", "all of the above", "all of em", "every one", "yes to all", "all of them yes",
            "yes all of them", "sadly all of them", "all of them sadly", "pretty much all", "basically all");
    private static final Set<String> UNSURE = Set.of("idk", "i don't know", "i dont know", "dont know", "don't know",
            "not sure", "dunno", "maybe", "unsure", "no idea", "i'm not sure", "im not sure", "not really sure", "hmm",
            "kind of", "kinda", "sort of", "no clue", "not sure tbh", "i don't know tbh");
    private static final Set<String> WHICH = Set.of("yes", "y", "yeah", "yep", "yup", "some", "a few", "some of them",
            "a couple", "most", "most of them", "a few of them", "ya", "yea", "true");
    private static final Pattern HEDGE = Pattern.compile("\\b(?:not sure|i don't know|dunno|maybe|idk|i think|probably)\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|no|didn't|didnt|hasn't|hasnt|haven't|havent|never|don't|dont|doesn't|doesnt|isn't|isnt|wasn't|wasnt"
                    + "|nope|nah|neither|none|nothing|aren't|arent|won't|wont)\\b");
    private static final Pattern NOT_SURE_OF = Pattern.compile(
            "\\b(?:not sure|unsure|i don't know|dunno|idk|no idea)(?: about| of| on| if)? (\\d+)\\b");
    private static final Pattern NONE_FIRST = Pattern.compile("(?:none|no|nope|nah|nothing)\\s*[,.!;-]\\s*(.+)");
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
    /**
     * A number of the list; not one that counts something ("my last 3 texts", "2 weeks ago", "we have 2 kids"), a day of a month
     * ("since jan 25", "25 jan") nor the day of no contact it is ("3, day 23 today": 3 is a line, 23 is not).
     */
    private static final Pattern NUMBER = Pattern.compile("(?<!\\b" + MONTH + " )(?<!\\bday )(?<!\\bday #)\\b\\d+\\b"
            + "(?! ?(?:texts?|messages?|msgs?|day(?! #?\\d)|days|weeks?|wks?|months?|years?|times?|hours?|hrs?|am|pm|ago|kids?"
            + "|children|sons?|daughters?|dogs?|cats?|pets?|houses?|cars?|quid|bucks|dollars|pounds|euros|k|"
            + MONTH + ")\\b)");
    /** A hedge said right after a number ("4 i guess, ...", "6 kinda"): the number, said back as read. */
    private static final Pattern HEDGED_NUMBER = Pattern.compile("\\b(\\d+) (?:i guess|i think|kinda|kind of|sort of"
            + "|probably|prob|i'd say|ish)\\b");
    /** "and none of the others", "nothing else": the lines not named are not true, which a tick list already says. */
    private static final Pattern OTHERS_NOT = Pattern.compile("\\b(?:and |but )?(?:none|nothing|no|not|neither)"
            + " (?:of )?(?:the )?(?:others?|rest|else|other ones?|other stuff)\\b|\\b(?:and |but )?(?:nothing|none) else\\b");
    /** A line said not to be so: "she didnt block me", "he never texted". */
    private static final Pattern DENIED = Pattern.compile("\\b(?:they|she|he|them|my ex)(?: actually)? (?:never|didn't|didnt"
            + "|did not|hasn't|hasnt|has not|haven't|havent|have not|doesn't|doesnt|does not)(?: even| ever| actually)?"
            + " (block(?:ed)?|text(?:ed)?|messaged|message|wrote|written|write|emailed|called|call|contacted|reached out)"
            + "(?: me)?\\b");
    /** The person's own block ("i blocked her"): not a block by them. */
    private static final Pattern OWN_BLOCK = Pattern.compile("\\b(?:i|i've|i have|i had|i already) (?:already |also )?blocked\\b");
    /** What may be left of an answer that says no line is true, once the lines denied are taken out. */
    private static final Pattern NO_MORE = Pattern.compile("(?:(?:no|nope|nah|actually|oh|well|so|and|but|lol|ok|okay|wait"
            + "|sorry|i|blocked|them|it|was|me|on|everything|everywhere|\\w+ly)\\b\\s*)*");
    private static final Pattern BUT = Pattern.compile("\\b(?:but|except|apart from|besides|minus|not)\\b");

    /** The words that name each line, matched in this order (each match taken out before the next is looked for). */
    private static final Map<Line, Pattern> SAID = new LinkedHashMap<>();

    static {
        SAID.put(Line.UNANSWERED, Pattern.compile("\\bunanswered\\b|\\bleft (?:me )?on (?:read|delivered)\\b|\\bon read\\b"
                + "|\\bignor(?:ed|ing|es) (?:me|my \\w+)\\b|\\bghost(?:ed|ing)(?: me)?\\b|\\bno (?:reply|replies|response|answer)\\b"
                + "|\\b(?:never|didn't|didnt|hasn't|hasnt|haven't|havent|doesn't|doesnt|won't|wont|not)(?: ever| even| yet)?"
                + " (?:got |gotten |had |heard )?(?:a |any )?(?:reply|replied|replying|replies|answer|answered|answering"
                + "|response|responded|respond|write back|wrote back|text back|texted back)\\b"));
        SAID.put(Line.ASKED, Pattern.compile("\\b(?:asked|told|said|begged)(?: me)?(?: to)? (?:don't|dont|do not|never)"
                + "(?: ever)? (?:contact|text|message|call|talk to) (?:me|them)(?: again| ever again)?\\b"
                + "|\\b(?:asked|told|said|begged)(?: me)?(?: for| to)?(?: some)?"
                + " (?:space|no contact|not to (?:contact|text|message|call|talk to|reach out to) them"
                + "|to stop(?: contacting| texting| messaging| calling)?(?: them)?|to leave them alone|leave them alone)"
                + "|\\b(?:wants?|needs?|asked for) (?:some )?(?:space|no contact)\\b|\\bno contact request\\b"));
        SAID.put(Line.BLOCKED, Pattern.compile("\\b(?:i|i've|i have|i had) blocked\\b|\\bblock(?:ed|s|ing)?\\b"));
        SAID.put(Line.WROTE, Pattern.compile("\\b(?:they|she|he|them|my ex)(?: just| finally| randomly| also| did| even)?"
                + " (?:texted|text|texts|messaged|wrote|emailed|dmed|dm'd|dmd|snapped|called|reached out|contacted|sent me)\\b"
                + "|\\band (?:texted|messaged|wrote|emailed|dmed|called|reached out)\\b"
                + "|\\b(?:got|had|received) (?:a |an )?(?:text|message|dm|email|call|snap) from\\b|\\bheard from them\\b"));
        SAID.put(Line.HOLDING, Pattern.compile("\\bno contact\\b|\\bnc\\b|\\b(?:no|not) (?:texting|texts|talking|contact)\\b|\\b(?:i|we|i've|we've) (?:haven't|havent|have not"
                + "|haven't been|havent been|stopped|don't|dont|am not|ain't|are not|aren't)"
                + " (?:talked|talking|spoken|speaking|contacted|contacting|texted|texting|messaged|messaging|talk|speak|text)\\b"));
        SAID.put(Line.TOLD, Pattern.compile("\\b(?:i|i've|i have|i already|i've already|i have already) (?:told|asked|said)"
                + " (?:them )?(?:i (?:want|would like|wanna|miss)|(?:that )?i (?:still )?love|to (?:try again|get back|give us)"
                + "|we should|if we could|for another (?:chance|try)|(?:for )?a second chance)"));
        SAID.put(Line.SHARE, Pattern.compile("\\bshar(?:e|ed|ing)\\b|\\b(?:kids?|children|child|son|daughter|baby|dog|cat"
                + "|pets?|house|home|flat|apartment|lease|mortgage|bills|money|joint account|loan|debt|work together"
                + "|same office|coworkers|same school|same friends|mutual friends|friend group|co-?parent(?:ing)?"
                + "|belongings)\\b|\\b(?:them|my|our|their) (?:stuff|things|clothes)\\b"));
    }

    private StandingAnswers() {
    }

    static AnswerReader.Parsed<Ticks> read(List<Line> listed, String typed) {
        java.util.Optional<TheirException> except = TheirException.in(typed);
        AnswerReader.Parsed<Ticks> read = ticks(listed, except.map(TheirException::rest).orElse(typed));
        if (except.isEmpty() || read.value().filter(t -> t.ticks(Line.ASKED)).isEmpty()) {
            return read;
        }
        // "2 she said dont text me unless its about biscuit": their request, and the one matter it left open
        Ticks ticks = read.value().get();
        Ticks excepted = new Ticks(listed, ticks.ticked(), ticks.unsure(), java.util.Optional.of(except.get().matter()));
        return AnswerReader.Parsed.ok(excepted, shown(excepted)).saying("Read as: " + said(excepted) + ".");
    }

    private static AnswerReader.Parsed<Ticks> ticks(List<Line> listed, String typed) {
        String plain = AnswerReader.plain(AnswerReader.unhedged(typed)).replace('-', ' ').replaceAll("\\s+", " ").trim();
        plain = HEDGED_NUMBER.matcher(plain).replaceAll("$1");
        String how = "Type the numbers of those that are true, like 1 3, or none.";
        if (plain.isEmpty()) {
            return AnswerReader.Parsed.problem(how);
        }
        if (NONE.contains(plain) || SafetyAnswers.isClearNo(plain) || noWithMore(typed, listed)) {
            return AnswerReader.Parsed.ok(new Ticks(listed, Set.of()), "none");
        }
        Matcher noFirst = NONE_FIRST.matcher(typed.trim().toLowerCase(Locale.ROOT));
        if (noFirst.matches()) { // "none. her stuff is still at my place tho": what is said after the none is what is true
            AnswerReader.Parsed<Ticks> after = read(listed, noFirst.group(1));
            if (after.problem().isEmpty()) {
                return after;
            }
        }
        if (UNSURE.contains(plain)) {
            return AnswerReader.Parsed.problem("That's okay. Type the numbers of the ones you know are true, or none if "
                    + "you don't know of any.");
        }
        if (WHICH.contains(plain)) {
            return AnswerReader.Parsed.problem("Which ones? " + how);
        }
        Set<Line> unsure = EnumSet.noneOf(Line.class);
        Matcher notSure = NOT_SURE_OF.matcher(plain);
        while (notSure.find()) { // "1 3, not sure about 5": 5 is neither, asked alone
            int n = Integer.parseInt(notSure.group(1).length() > 4 ? "99999" : notSure.group(1));
            if (n < 1 || n > listed.size()) {
                return outOfRange(notSure.group(1), listed);
            }
            unsure.add(listed.get(n - 1));
        }
        plain = NOT_SURE_OF.matcher(plain).replaceAll(" ").trim();
        if (!unsure.isEmpty() && (plain.isEmpty() || NONE.contains(plain))) {
            return AnswerReader.Parsed.ok(new Ticks(listed, Set.of(), unsure), shown(new Ticks(listed, Set.of(), unsure)));
        }
        Set<Line> ticked = EnumSet.noneOf(Line.class);
        Matcher numbers = NUMBER.matcher(plain);
        boolean anyNumber = false;
        while (numbers.find()) {
            anyNumber = true;
            int n = Integer.parseInt(numbers.group().length() > 4 ? "99999" : numbers.group());
            if (n < 1 || n > listed.size()) {
                return outOfRange(numbers.group(), listed);
            }
            ticked.add(listed.get(n - 1));
        }
        if (plain.matches("all\\b.*") || ALL.contains(plain)) {
            return all(listed, ticked, plain, anyNumber, how);
        }
        String rest = OTHERS_NOT.matcher(NUMBER.matcher(plain).replaceAll(" ")).replaceAll(" ");
        Set<Line> denied = EnumSet.noneOf(Line.class);
        Matcher denial = DENIED.matcher(rest);
        while (denial.find()) { // "she didnt block me": not that line, and no hedge either
            denied.add(denial.group(1).startsWith("block") ? Line.BLOCKED : Line.WROTE);
        }
        rest = DENIED.matcher(rest).replaceAll(" ");
        denied.retainAll(listed);
        Optional<Line> disagree = ticked.stream().filter(denied::contains).findFirst();
        if (disagree.isPresent()) { // "1, she didnt block me": the number and the words disagree, so both are asked back
            Line line = disagree.get();
            return AnswerReader.Parsed.problem((listed.indexOf(line) + 1) + " is \"" + line.text() + "\", but you said "
                    + "they didn't. " + how);
        }
        boolean ownBlock = OWN_BLOCK.matcher(rest).find();
        boolean named = false;
        for (Map.Entry<Line, Pattern> said : SAID.entrySet()) {
            Matcher m = said.getValue().matcher(rest);
            if (m.find()) {
                boolean theirs = !(said.getKey() == Line.BLOCKED && m.group().startsWith("i")); // "i blocked her": not theirs
                if (theirs && listed.contains(said.getKey())) {
                    ticked.add(said.getKey());
                    named = true;
                }
                rest = m.replaceAll(" ");
            }
        }
        ticked.removeAll(unsure);
        if (named && (NEGATION.matcher(rest).find() || HEDGE.matcher(rest).find())
                || anyNumber && (NEGATION.matcher(rest).find() && !named || HEDGE.matcher(rest).find())) {
            return AnswerReader.Parsed.problem("I want to get this right. " + how);
        }
        if (ticked.isEmpty() && (!denied.isEmpty() || ownBlock) && !anyNumber && !named && NO_MORE.matcher(rest.trim()).matches()) {
            return notThose(listed, denied, ownBlock, unsure, LEADING_NO.matcher(rest).lookingAt());
        }
        if (ticked.isEmpty()) {
            return AnswerReader.Parsed.problem(how);
        }
        Ticks ticks = new Ticks(listed, ticked, unsure);
        AnswerReader.Parsed<Ticks> read = AnswerReader.Parsed.ok(ticks, shown(ticks));
        // "4 and 6 i think", "umm 3": read from more than the numbers, so said back as each line named is
        boolean numbersAlone = AnswerReader.plain(typed).matches("\\d+(?: (?:and )?\\d+)*");
        return named || !numbersAlone && unsure.isEmpty() ? read.saying("Read as: " + said(ticks) + ".") : read;
    }

    /**
     * "she didnt block me", "i blocked her": not that line, said back as they said it; with a no before it ("no actually
     * she didnt block me, i blocked her") none of the lines, else the others are asked for.
     */
    private static AnswerReader.Parsed<Ticks> notThose(List<Line> listed, Set<Line> denied, boolean ownBlock, Set<Line> unsure,
                                                       boolean no) {
        Set<Line> not = EnumSet.copyOf(denied.isEmpty() ? Set.of(Line.BLOCKED) : denied);
        not.retainAll(listed);
        String which = not.stream().map(line -> String.valueOf(listed.indexOf(line) + 1)).collect(Collectors.joining(" or "));
        String own = ownBlock ? " (you blocked them: that is not a block by them)" : "";
        if (no) {
            Ticks none = new Ticks(listed, Set.of(), unsure);
            return AnswerReader.Parsed.ok(none, shown(none)).saying("Read as: none" + own + ".");
        }
        return AnswerReader.Parsed.problem((which.isEmpty() ? "" : "Not " + which + ", then" + own + ". ")
                + "Type the numbers of any others that are true, like 3 5, or none.");
    }

    private static final Pattern LEADING_NO = Pattern.compile("\\s*(?:no|nope|nah)\\b");

    /** "no, its for her birthday": a none said first, then words that name no line (heard for later questions). */
    private static boolean noWithMore(String typed, List<Line> listed) {
        Matcher lead = NONE_FIRST.matcher(typed.trim().toLowerCase(Locale.ROOT));
        if (!lead.matches()) {
            return false;
        }
        String rest = AnswerReader.plain(lead.group(1));
        return !NUMBER.matcher(rest).find() && SAID.values().stream().noneMatch(p -> p.matcher(rest).find());
    }

    private static AnswerReader.Parsed<Ticks> outOfRange(String number, List<Line> listed) {
        return AnswerReader.Parsed.problem("There is no " + number + ": type numbers from 1 to " + listed.size() + ", or none.");
    }

    /** "all of them", "all but 2": every line listed, less those named after "but". */
    private static AnswerReader.Parsed<Ticks> all(List<Line> listed, Set<Line> numbered, String plain, boolean anyNumber,
                                                  String how) {
        Set<Line> ticked = EnumSet.copyOf(listed);
        if (anyNumber) {
            if (!BUT.matcher(plain).find()) {
                return AnswerReader.Parsed.problem(how);
            }
            ticked.removeAll(numbered);
        }
        Ticks ticks = new Ticks(listed, ticked);
        return AnswerReader.Parsed.ok(ticks, shown(ticks));
    }

    /** As typed back: "1, 3", "none", "1, not sure about 5". */
    static String shown(Ticks ticks) {
        // the matter their request left open goes right after the request's number: "2 except about biscuit, 5"
        List<String> numbers = ticks.listed().stream().filter(ticks::ticks)
                .map(line -> (ticks.listed().indexOf(line) + 1) + (line == Line.ASKED
                        ? ticks.exceptAbout().map(matter -> " except about " + matter).orElse("") : "")).toList();
        List<String> unsure = ticks.listed().stream().filter(ticks.unsure()::contains)
                .map(line -> "not sure about " + (ticks.listed().indexOf(line) + 1)).toList();
        List<String> all = new ArrayList<>(numbers);
        all.addAll(unsure);
        return numbers.isEmpty() && unsure.isEmpty() ? "none" : numbers.isEmpty() ? "none, " + String.join(", ", unsure)
                : String.join(", ", all);
    }

    /** The lines ticked, in words ("1 and 3: they blocked you, they wrote to you recently"). */
    static String said(Ticks ticks) {
        List<Line> lines = ticks.listed().stream().filter(ticks::ticks).toList();
        return lines.stream().map(line -> (ticks.listed().indexOf(line) + 1) + ") "
                + Character.toLowerCase(line.text().charAt(0)) + line.text().substring(1)
                + (line == Line.ASKED ? ticks.exceptAbout().map(TheirException::saidBack).orElse("") : ""))
                .collect(Collectors.joining(", "));
    }
}
