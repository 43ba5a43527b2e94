package org.nocontact.interview;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an answer said beyond its question ("text her happy valentines": a greeting, for Valentine's
 * Day) becomes the default of the later question it answers, if that question has none yet: it is
 * still asked, and Enter takes it. The kinds say what their words may name ({@link
 * AnswerKind#maySayMore}, {@link AnswerKind#heardIn}); the phrases below answer one question each.
 */
final class Overheard {
    /** Their message: the words typed for it are theirs, not the person's, and say nothing of the person's purpose. */
    private static final Key<?> THEIR_MESSAGE = Key.EX_CONTACT_ABOUT;

    /**
     * Words that say they wrote ("he texted me i miss you", "reply, she just texted me how are you"): only
     * then do the words say what their message was about ("text her i miss you" is the person's own).
     */
    private static final Pattern THEY_WROTE = Pattern.compile(
            "\\b(?:they|she|he|them|my ex)(?: just| finally| randomly)? (?:texted|messaged|wrote|sent|dmed|dm'd|dmd|snapped"
                    + "|called|asked|said|replied|reached out)\\b|\\b(?:reply|replying|respond|responding)\\b");

    /**
     * "i did" or "she did" inside words said for another question ("to explain why i did what i did") says nothing of
     * who ended it; said first ("she did, 2 weeks ago") it does.
     */
    private static final Pattern DID_WITHIN = Pattern.compile("(?<=.)\\b(?:i|she|he|they|we) did\\b");

    /**
     * As {@link #DID_WITHIN}, and "mutual friends" ("6 mutual friends" at the list): friends, never a mutual breakup; "she
     * left me on read": a message unanswered, never who ended it.
     */
    private static final Pattern NOT_WHO = Pattern.compile(DID_WITHIN.pattern() + "|\\bmutual (?:friends?|mates|pals|friend group)\\b"
            + "|\\bleft (?:me|them) on (?:read|delivered|seen)\\b");

    /** The words of a day they wrote on. */
    private static final String A_DAY_THEY_WROTE = "last night|yesterday|the other day|this morning|this afternoon"
            + "|this evening|earlier today|(?:\\d+|a|an|one|two|three|a few|a couple of) (?:hours?|days?) ago"
            + "|(?:on |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    /** When they wrote, said with it ("he texted me i miss you at 3am last night"): the words of the day. */
    private static final Pattern WHEN_THEY_WROTE = Pattern.compile(
            "\\b(" + A_DAY_THEY_WROTE + ")\\b");

    /**
     * A day said right after the writing, as a line of the list is ticked ("texted last week", "1, 3 she messaged me
     * a week ago"): the words of the day; weeks too, since the list asks only whether they wrote recently.
     */
    private static final Pattern WROTE_ON = Pattern.compile(
            "\\b(?:texted|messaged|wrote|emailed|dmed|dm'd|dmd|snapped|called|reached out|contacted)(?: me| to me)?"
                    + "(?: like| about| around)? (" + A_DAY_THEY_WROTE + "|last week|this week|last weekend|this weekend"
                    + "|(?:\\d+|a|an|one|two|three|a few|a couple of) weeks? ago)\\b");

    /**
     * When it ended, said with it ("i ended it 3 months ago", "she dumped me like 2 wks ago", "we broke up last
     * week"): the words of the day.
     */
    private static final Pattern WHEN_IT_ENDED = Pattern.compile(
            "\\b(?:i ended (?:it|things)|i broke up with them|i dumped them|i left them|(?:she|he|they) (?:dumped|left) me"
                    + "|(?:she|he|they) ended (?:it|things)|(?:she|he|they) broke up with me|we broke up|we split(?: up)?"
                    + "|it ended|we ended it)(?: with me)?,? (?:like |about |around |almost |over )?((?:\\d+|a|an|one|two|three|four"
                    + "|five|six|seven|eight|nine|ten|a few|a couple of|a couple|couple of) (?:days?|weeks?|months?|years?) ago"
                    + "|yesterday|last (?:night|week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday"
                    + "|sunday|january|february|march|april|may|june|july|august|september|october|november|december))\\b");

    /** A phrase that answers one question wherever it is typed: the words it takes from the answer, if any. */
    private record Phrase(Key<?> key, Function<String, Optional<String>> said) {
        static Phrase fixed(Key<?> key, Predicate<String> said, String answer) {
            return new Phrase(key, plain -> said.test(plain) ? Optional.of(answer) : Optional.empty());
        }
    }

    private static final List<Phrase> PHRASES = List.of(
            Phrase.fixed(Key.NO_CONTACT_STARTED, AnswerReader::saysSinceTheBreakup, "since the breakup"), // "yes since she left"
            Phrase.fixed(Key.BOUNDARIES, YesNoAnswers::saysTheyBlocked, Boundaries.THEY_BLOCKED), // "she blocked me on insta so i wanna text her"
            Phrase.fixed(Key.BOUNDARIES, Boundaries::saysTheyAsked, Boundaries.THEY_ASKED), // "he said dont contact me again"
            new Phrase(Key.EX_CONTACT_DATE, Overheard::whenTheyWrote),
            new Phrase(Key.BREAKUP_DATE, Overheard::whenItEnded)); // "i ended it 3 months ago. do i answer"

    private static Optional<String> whenTheyWrote(String plain) {
        Matcher day = WHEN_THEY_WROTE.matcher(plain);
        return THEY_WROTE.matcher(plain).find() && day.find() && !aboutADay(plain, day) ? Optional.of(day.group(1))
                : Optional.empty();
    }

    /**
     * A weekday said after what their message was about ("her msg about picking up the kids saturday"): the day of what
     * they wrote about, not of their writing; "last saturday" is the day they wrote.
     */
    private static boolean aboutADay(String plain, Matcher day) {
        int about = plain.indexOf(" about ");
        return about >= 0 && about < day.start() && day.group(1).matches("(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day");
    }

    private static Optional<String> whenItEnded(String plain) {
        Matcher day = WHEN_IT_ENDED.matcher(plain);
        return day.find() ? Optional.of(day.group(1)) : Optional.empty();
    }

    private Overheard() {
    }

    /**
     * Words that say they have not written to the person: "he ghosted me", "she's been ghosting me", "i got ghosted"
     * (not "i ghosted him", where it is the person who went quiet).
     */
    private static final Pattern GHOSTED = Pattern.compile(
            "\\b(?:(?:they|she|he|my ex)(?:'s|'re| has| have| is| are| was| were| just)?(?: been| totally| completely"
                    + "| literally| basically| kind of| just)* ghost(?:ed|ing) me|(?:i'm|i was|i've been|i got|got|been"
                    + "|being|getting) ghosted)\\b");

    /**
     * Whether words typed for {@code question} say beyond doubt that they have not written to the person lately ("text
     * him, he ghosted me"): taken as the answer to "Have they written to you recently?" and said back, not asked.
     */
    static boolean sayTheyHaveNotWritten(Question<?> question, String typed) {
        return question.kind().maySayMore() && question.key() != THEIR_MESSAGE && question.key() != Key.EX_CONTACT_RECENT
                && GHOSTED.matcher(AnswerReader.plain(typed)).find();
    }

    /**
     * What is remembered once {@code typed} answered {@code question}: {@code before}, with what the
     * words said for the later questions not answered and not yet heard.
     */
    static Remembered in(List<Question<?>> questions, Question<?> question, String typed, Answers answers,
                         Remembered before) {
        if (question.key() == THEIR_MESSAGE) {
            return theirMessage(questions, typed, answers, before);
        }
        if (typed.isBlank() || !question.kind().maySayMore() || question.key() == THEIR_MESSAGE) {
            return before; // a date or a number says nothing about the day or the purpose; their message is not yours
        }
        boolean namesChoices = question.kind().mayNameChoices(); // a yes or a no names no choice of another question
        String plain = AnswerReader.plain(typed);
        String affirmed = DENIES.matcher(plain).find() ? affirmed(plain) : plain;
        Remembered more = countInTheList(question, plain, answers,
                sinceInTheList(question, plain, answers, dayTheyWroteInTheList(question, plain, answers, before)));
        boolean theirMessage = false;
        for (Question<?> later : questions) {
            if (later == question || answers.has(later.key()) || more.answer(later.key()).isPresent()) {
                continue;
            }
            // a question with a phrase of its own is heard only through it: "i blocked her" names the block choice's
            // words, but says nothing about whether they blocked the person
            Optional<String> heard = hasPhrase(later.key()) ? phrase(later.key(), plain)
                    : later.key() == THEIR_MESSAGE && !THEY_WROTE.matcher(plain).find() ? Optional.empty()
                    : namesChoices && !answeredYesOrNo(later) ? later.kind().heardIn(later.key() == Key.GOAL ? affirmed
                            : later.key() == Key.INITIATED_BY ? NOT_WHO.matcher(plain).replaceAll(" ") : plain).filter(h -> !notSure(later, h))
                    : Optional.empty();
            heard = heard.or(() -> later.key() == Key.PURPOSE ? hurt(plain) : Optional.empty());
            // 'she just texted me "how are you?"': their message, not what the reply is about
            if (heard.isPresent() && !(theirMessage && later.key() == Key.PURPOSE)) {
                more = more.hearing(later.key(), heard.get());
                theirMessage |= later.key() == THEIR_MESSAGE;
            }
        }
        return more;
    }

    /**
     * "texted last week" ticking "They wrote to you recently": the day, offered when it is asked ("[last week]"), as a
     * day said with the plan is.
     */
    private static Remembered dayTheyWroteInTheList(Question<?> question, String plain, Answers answers,
                                                    Remembered before) {
        boolean wrote = question.key() == Key.STANDING
                && answers.get(Key.STANDING).filter(ticks -> ticks.ticks(Key.EX_CONTACT_RECENT)).isPresent();
        Matcher day = WROTE_ON.matcher(plain);
        return wrote && !answers.has(Key.EX_CONTACT_DATE) && before.answer(Key.EX_CONTACT_DATE).isEmpty() && day.find()
                ? before.hearing(Key.EX_CONTACT_DATE, day.group(1)) : before;
    }

    /** "i sent like 5 texts she never answered": how many, said with the line it ticks. */
    private static final Pattern HOW_MANY = Pattern.compile("\\b(\\d{1,3}) (?:more )?(?:texts?|messages?|msgs?|dms?|emails?"
            + "|letters?|voicemails?|voice notes?)\\b");

    /**
     * "i sent like 5 texts she never answered" ticking "Some of your messages are unanswered": how many, offered when it
     * is asked ("[5]"), at save where the count makes no difference to the advice.
     */
    private static Remembered countInTheList(Question<?> question, String plain, Answers answers, Remembered before) {
        boolean unanswered = question.key() == Key.STANDING
                && answers.get(Key.STANDING).filter(ticks -> ticks.ticks(Key.UNANSWERED_MESSAGES)).isPresent();
        Matcher count = HOW_MANY.matcher(plain);
        return unanswered && !answers.has(Key.UNANSWERED_MESSAGES) && before.answer(Key.UNANSWERED_MESSAGES).isEmpty()
                && count.find() && Integer.parseInt(count.group(1)) > 0
                ? before.hearing(Key.UNANSWERED_MESSAGES, count.group(1)) : before;
    }

    /**
     * "6 kinda, i havent texted her since like jan 25", "4 i guess, like 3 wks no texting" or "3, like 23 days now"
     * ticking "You are holding no contact": since when, offered when it is asked ("[since jan 25]", "[since 3 weeks
     * ago]", "[23 days now]").
     */
    private static Remembered sinceInTheList(Question<?> question, String plain, Answers answers, Remembered before) {
        boolean holding = question.key() == Key.STANDING
                && answers.get(Key.STANDING).filter(ticks -> ticks.ticks(Key.NO_CONTACT_STARTED)).isPresent();
        if (!holding || answers.has(Key.NO_CONTACT_STARTED) || before.answer(Key.NO_CONTACT_STARTED).isPresent()) {
            return before;
        }
        return HeldWithTheList.words(plain).map(words -> before.hearing(Key.NO_CONTACT_STARTED, words)).orElse(before);
    }

    /**
     * Their message says what they asked, never what the person wants: a request for no contact ("leave me alone")
     * for the block question, where the advice honours it; what they asked about that both share ("can i come get
     * my stuff": belongings) for the ties.
     */
    private static Remembered theirMessage(List<Question<?>> questions, String typed, Answers answers, Remembered before) {
        Remembered more = before;
        if (Boundaries.askedForNoContact(typed) && !answers.has(Key.BOUNDARIES) && more.answer(Key.BOUNDARIES).isEmpty()) {
            more = more.hearing(Key.BOUNDARIES, Boundaries.THEY_ASKED);
        }
        Optional<String> ties = questions.stream().filter(q -> q.key() == Key.TIES).findFirst()
                .flatMap(q -> q.kind().heardIn(AnswerReader.plain(typed)));
        if (ties.isPresent() && !answers.has(Key.TIES) && more.answer(Key.TIES).isEmpty()) {
            more = more.hearing(Key.TIES, ties.get());
        }
        return more;
    }

    /**
     * A question answered yes or no ("Have you already told them you want them back?", "Have they
     * contacted you recently?"): its choices' words ("i did", "i ended it", "about the kids") answer
     * other questions too ("Who ended it?" "i did"), so a yes or a no is heard only when it is asked.
     */
    private static boolean answeredYesOrNo(Question<?> question) {
        return question.kind() instanceof Choice<?> choice && choice.options().stream()
                .anyMatch(o -> o.label().equals("yes") || o.label().equals("no"));
    }

    /**
     * A doubt said in another answer ("idk maybe text her") is about that answer: it is never offered as the
     * "not sure" of a question the person has not been asked (what they want now).
     */
    private static boolean notSure(Question<?> question, String heard) {
        return question.kind() instanceof Choice<?> choice && choice.options().stream()
                .anyMatch(o -> o.label().equals(heard) && o.names().contains("idk"));
    }

    /** A clause that denies what it names: "i dont want her back", "not getting back together", "no longer friends". */
    private static final Pattern DENIES = Pattern.compile(
            "\\b(?:don't|dont|do not|doesn't|doesnt|didn't|didnt|not|never|no longer|no way)\\b");

    /**
     * The words without their clauses that deny what they name ("she did last week, i dont want her back": "she did
     * last week"): a want said as not wanted is never offered as the default of what they want now, where Enter
     * would take the opposite of what was said.
     */
    private static String affirmed(String plain) {
        return String.join(", ", WhoAndGoal.clauses(plain).stream().filter(clause -> !DENIES.matcher(clause).find()).toList());
    }

    /** Words that say they are hurt or ill: "hes in hospital after a car crash", "shes in icu", "he had surgery". */
    private static final Pattern HURT = Pattern.compile("\\b(?:in (?:the )?hospital|in (?:the )?icu|in intensive care"
            + "|in a coma|(?:car|bike|motorbike|bad) (?:crash|accident)|had an accident|had surgery|having surgery"
            + "|(?:really|seriously|very|so) (?:ill|sick))\\b");

    /**
     * "hes in hospital after a car crash, i want to go see him": seeing them is to know how they are, offered as the
     * purpose's default (still asked; Enter takes it), never dropped.
     */
    /** Whether the words say they are hurt or ill ("shes in icu after a car crash"). */
    static boolean saysTheyAreHurt(String plain) {
        return HURT.matcher(plain).find();
    }

    private static Optional<String> hurt(String plain) {
        return HURT.matcher(plain).find() ? Optional.of("checking how they are") : Optional.empty();
    }

    private static boolean hasPhrase(Key<?> key) {
        return PHRASES.stream().anyMatch(p -> p.key() == key);
    }

    private static Optional<String> phrase(Key<?> key, String plain) {
        return PHRASES.stream().filter(p -> p.key() == key).map(p -> p.said().apply(plain)).flatMap(Optional::stream)
                .findFirst();
    }
}
