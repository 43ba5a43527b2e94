package org.nocontact.interview;

import java.util.List;
import java.util.Optional;
import org.nocontact.situation.Situation;

/**
 * A block and a request for no contact, asked as one choice: two facts from one answer. A block on
 * one app and a request to stay away everywhere are different things, and the advice says what each
 * means; asking them together spares a question without merging what they mean.
 */
final class Boundaries {
    /** The choice a sentence saying they blocked the person ("she blocked me on insta") is heard as. */
    static final String THEY_BLOCKED = "they blocked me on one app or more";

    private Boundaries() {
    }

    static Question<Situation.Boundaries> question() {
        return new Question<>(Key.BOUNDARIES, "Have they blocked you, or asked you not to contact them?",
                "A block, even on one app, says they don't want to hear from you there now. Asking you not to contact "
                        + "them is about everywhere. The advice says what each one means for you.",
                new Choice<>(options(), Optional.of(Situation.Boundaries.NONE), new SaysBack()),
                Question.Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE, answers -> true);
    }

    /**
     * Says back where a block is and the one matter a request left open ("they asked me not to contact them, except
     * about biscuit"), which no label says.
     */
    private static final class SaysBack implements Choice.SaysBack<Situation.Boundaries> {
        @Override
        public AnswerReader.Parsed<Situation.Boundaries> said(AnswerReader.Parsed<Situation.Boundaries> read, String typed) {
            Optional<TheirException> except = TheirException.in(typed);
            if (except.isEmpty()) {
                return where(read, typed);
            }
            AnswerReader.Parsed<Situation.Boundaries> rest = where(ChoiceAnswers.choice(
                    new Choice<>(options(), Optional.of(Situation.Boundaries.NONE)), except.get().rest()), except.get().rest());
            if (rest.value().filter(Situation.Boundaries::exAskedNoContact).isEmpty()) {
                return read.value().isPresent() ? where(read, typed) : rest;
            }
            Situation.Boundaries value = rest.value().get();
            Situation.Boundaries excepted = new Situation.Boundaries(true, value.blocked(),
                    Optional.of(except.get().matter()));
            String shown = shown(excepted).orElseThrow();
            return AnswerReader.Parsed.ok(excepted, shown).saying("Read as: " + shown + ".");
        }

        @Override
        public Optional<String> shown(Situation.Boundaries value) {
            return value.exceptAbout().map(matter -> labelOf(new Situation.Boundaries(value.exAskedNoContact(),
                    value.blocked())) + TheirException.saidBack(matter));
        }

        private static String labelOf(Situation.Boundaries value) {
            return options().stream().filter(o -> o.value().equals(value)).findFirst().map(Option::label).orElse("");
        }
    }

    /** The choice a message from them asking for no contact ("leave me alone") is heard as. */
    static final String THEY_ASKED = "they asked me not to contact them";

    /**
     * Their words asking for no contact ("dont ever text me again", "leave me alone", "stop texting me"), as typed
     * for their message: a request for no contact, never something personal to answer warmly.
     */
    private static final java.util.regex.Pattern THEIR_REQUEST = java.util.regex.Pattern.compile(
            "\\b(?:(?:don't|do not|dont) (?:ever )?(?:text|message|call|contact|dm|email|write to|talk to) me"
                    + "|never (?:text|message|call|contact|dm) me(?: again)?"
                    + "|stop (?:texting|messaging|calling|contacting|dming|emailing|writing to) me"
                    + "|leave me alone|lose my number|stay away from me|get out of my life|i'm blocking you|im blocking you"
                    + "|i want no contact|no contact please|we're done talking|don't want to hear from you)\\b");

    /**
     * Their request for no contact told in passing ("he said dont contact me again", "she asked me not to text her",
     * "she told me to leave her alone"): who said it, then their words or the request put in the person's words.
     */
    private static final java.util.regex.Pattern THEY_ASKED_IT = java.util.regex.Pattern.compile(
            "\\b(?:they|he|she|my ex)(?: has| have|'s| had| just| literally)? (?:said|says|asked|told me|texted|wrote|messaged"
                    + "|wants|wanted)(?: me)?(?: to)?(?: that)? (?:" + THEIR_REQUEST.pattern().replace("\\b", "")
                    + "|not to (?:text|message|call|contact|dm|email|talk to|write to) (?:them|me)(?: again| anymore)?"
                    + "|(?:to )?leave (?:them|me) alone|no contact|(?:to )?stop (?:texting|messaging|calling|contacting) (?:them|me)"
                    + ")\\b");

    /** Whether words typed for another question tell of their request for no contact ("he said dont contact me again"). */
    static boolean saysTheyAsked(String plain) {
        return THEY_ASKED_IT.matcher(plain).find();
    }

    /** Whether their message, as typed, asks the person not to contact them. */
    static boolean askedForNoContact(String typed) {
        return THEIR_REQUEST.matcher(AnswerReader.plain(typed)).find();
    }

    /** The places a block is said to be on: apps, and the number. */
    private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile("\\b(?:insta|instagram|ig|snap"
            + "|snapchat|whatsapp|facebook|fb|tiktok|twitter|x|messenger|imessage|telegram|discord|linkedin|my number"
            + "|my phone|phone|number)\\b");
    /** Doubt about the block itself: "maybe", "might have", "idk", "not sure", "i think". */
    private static final java.util.regex.Pattern NOT_SURE = java.util.regex.Pattern.compile("\\b(?:maybe|might|might've"
            + "|i don't know|not sure|i think|probably|possibly|perhaps|dunno|no idea|i guess|could have|could've)\\b");
    private static final java.util.regex.Pattern LEADING_NO = java.util.regex.Pattern.compile("(?:no|nope|nah|n)\\b");
    /** A block said to be on everything: the word itself, or every app and the number. */
    private static final java.util.regex.Pattern EVERYWHERE = java.util.regex.Pattern.compile(
            "\\b(?:everywhere|everything|all of them|all apps|every app|all my socials|all socials|all platforms)\\b");

    /**
     * A block read from the words typed is said back as they said it: everywhere ("everywhere. insta, snap, my
     * number": apps and the number), or on one app ("just insta"); the fact is the same (they blocked the person),
     * but the label alone ("on one app or more") would not say what they told.
     */
    static AnswerReader.Parsed<Situation.Boundaries> where(AnswerReader.Parsed<Situation.Boundaries> read, String typed) {
        String plain = AnswerReader.plain(typed);
        if (read.value().isEmpty() && read.suggestion().isEmpty() && askedForNoContact(typed)) {
            // "she said dont text me ever again": their request for no contact, in their words
            return AnswerReader.Parsed.ok(new Situation.Boundaries(true, false), THEY_ASKED)
                    .saying("Read as: " + THEY_ASKED + ".");
        }
        if (!read.value().filter(b -> b.blocked() && !b.exAskedNoContact()).isPresent() || typed.isBlank()) {
            return read;
        }
        if (NOT_SURE.matcher(plain).find()) {
            // "maybe? she might have blocked my number idk": not known, so never read as a block
            return AnswerReader.Parsed.problem("You're not sure whether they blocked you? Choose what you know for sure: "
                    + "1 if you know of no block or request, 2 if you know they blocked you.");
        }
        if (!plain.matches(".*\\bblock.*") && !PLACE.matcher(plain).replaceAll(" ").replaceAll(EVERYWHERE.pattern(), " ")
                .replaceAll("\\b(?:just|only|yes|yeah|yep|on|and|or|my|the|too|also|lol|everywhere)\\b", " ").isBlank()) {
            // "nope he still follows me on insta": an app named, and no block said
            return LEADING_NO.matcher(plain).lookingAt()
                    ? AnswerReader.Parsed.ok(Situation.Boundaries.NONE, "no").saying("Read as: no.")
                    : AnswerReader.Parsed.problem("Did they block you there? Please choose a number from 1 to 4.");
        }
        java.util.regex.Matcher places = PLACE.matcher(plain);
        long count = places.results().map(java.util.regex.MatchResult::group).distinct().count();
        boolean number = plain.matches(".*\\b(?:my number|my phone|phone|number)\\b.*");
        if (EVERYWHERE.matcher(plain).find() || count >= 2 && number) {
            return read.saying("Read as: they blocked me everywhere.");
        }
        if (count == 1 && !number) {
            return read.saying("Read as: they blocked me on one app.");
        }
        return read;
    }

    private static List<Option<Situation.Boundaries>> options() {
        return List.of(
                new Option<>("no", Situation.Boundaries.NONE, List.of("no", "n", "nope", "nah", "neither", "none",
                        "no they haven't", "no they didn't", "not that i know", "not that i know of", "no neither",
                        "neither of those", "no to both", "not really", "don't think so", "dont think so", "i don't think so",
                        "i dont think so")),
                new Option<>(THEY_BLOCKED, new Situation.Boundaries(false, true), List.of("blocked", "blocked me",
                        "they blocked me", "yes they blocked me", "block", "a block", "blocked me on one app",
                        "blocked on one app", "blocked me on insta", "blocked me on instagram", "blocked on insta",
                        "blocked me on whatsapp", "blocked me on snap", "blocked me everywhere", "blocked my number",
                        "they blocked my number", "yes blocked", "just blocked", "only blocked", "blocked only", "on insta",
                        "on instagram", "on whatsapp", "on snap", "on snapchat", "on facebook", "my number", "just my number",
                        "insta", "instagram", "snap", "snapchat", "whatsapp", "facebook", "tiktok", "everywhere",
                        "just insta", "only insta", "just snap", "only snap", "everything", "blocked everywhere")),
                new Option<>("they asked me not to contact them", new Situation.Boundaries(true, false), List.of("asked",
                        "asked me", "they asked me", "they asked", "asked me not to contact them", "asked for space",
                        "they asked for space", "asked for no contact", "they asked for no contact", "space",
                        "they want space", "wants space", "asked me not to text them", "asked me not to message them",
                        "asked me to stop", "told me not to contact them", "told me to leave them alone",
                        "leave them alone", "asked me to leave them alone", "no contact", "just asked", "only asked",
                        "yes they asked")),
                new Option<>("both", new Situation.Boundaries(true, true), List.of("both", "both of those", "yes both",
                        "both blocked and asked", "blocked and asked", "asked and blocked", "they did both",
                        "blocked me and asked me not to contact them", "asked me not to contact them and blocked me",
                        "both of them", "both things", "all of it", "the two")));
    }
}
