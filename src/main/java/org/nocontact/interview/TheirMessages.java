package org.nocontact.interview;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nocontact.interview.Question.Relevance;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;

/**
 * The questions about what they wrote: their message, when the plan is a reply, and whether they wrote
 * recently, otherwise. What they wrote is theirs: a request for no contact ("leave me alone") is read as
 * that, never as something personal to answer warmly, and a like is not a message.
 */
final class TheirMessages {
    private TheirMessages() {
    }

    static Question<ExContactAbout> about() {
        return new Question<>(Key.EX_CONTACT_ABOUT, "What was their message about, and when did it arrive?",
                "If they wrote about something personal and you feel ready, a warm reply can be right; otherwise, brief and "
                        + "polite. The day only tells me how recent it is. For example: something personal, yesterday; "
                        + "practical, this morning.",
                new Choice<>(List.of(
                        Questions.option("something practical", ExContactAbout.LOGISTICS, "logistics", "practical",
                                "come get her stuff", "come get his stuff", "come get my stuff", "come and get her stuff",
                                "come and get his stuff", "pick up her stuff", "pick up his stuff", "pick up my stuff", "kids", "the kids",
                                "picking up the kids", "pick up the kids", "drop off the kids", "stuff", "my stuff",
                                "their stuff", "money", "bills", "keys", "rent", "drop off", "pick up", "picking up"),
                        Questions.option("something personal", ExContactAbout.PERSONAL, "personal",
                                "feelings", "something personal", "how are you", "how i am", "how i'm doing", "they miss me",
                                "miss me", "us", "the two of us", "love", "sorry", "an apology", "checking in", "hey",
                                "i miss you", "miss you", "missing you", "missed you", "i love you", "love you")),
                        Optional.empty(), TheirMessages::theirRequest),
                Relevance.ALWAYS, answers -> answers.is(Key.ACTION, Action.REPLY));
    }

    static Question<Optional<ExContactAbout>> recent() {
        return new Question<>(Key.EX_CONTACT_RECENT,
                "Have they written to you recently? If so, when, and was it practical or personal?",
                "A personal message from them can be an opening; a practical one is just practical. For example: no; "
                        + "yesterday, something personal; last week, about the kids.",
                new Choice<>(List.of(
                        Questions.option("no", Optional.empty(), "no", "n", "nope", "none", "not at all", "no they haven't",
                                "they haven't"),
                        Questions.option("yes, about something practical", Optional.of(ExContactAbout.LOGISTICS), "logistics",
                                "practical", "kids", "the kids", "my stuff", "stuff", "money", "bills", "keys", "rent",
                                "their stuff"),
                        Questions.option("yes, something personal",
                                Optional.of(ExContactAbout.PERSONAL), "personal", "feelings", "yes something personal",
                                "miss me", "they miss me", "she misses me", "he misses me", "how i am", "how are you", "love")),
                        Optional.of(Optional.empty()), TheirMessages::aLikeIsNotWriting),
                Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE, answers -> !answers.is(Key.ACTION, Action.REPLY));
    }

    /**
     * Their message asked for no contact ("dont ever text me again", "leave me alone"): not something personal
     * to answer warmly, so it is read as the brief, practical kind, said back as what it is; the request itself
     * is heard for the block question ({@link Overheard}), where the advice honours it.
     */
    static AnswerReader.Parsed<ExContactAbout> theirRequest(AnswerReader.Parsed<ExContactAbout> read, String typed) {
        if (!Boundaries.askedForNoContact(typed)) {
            return read;
        }
        return AnswerReader.Parsed.ok(ExContactAbout.LOGISTICS, "something practical")
                .saying("Read as: they asked me not to contact them.");
    }

    /** A like, a comment or a view of their story, and no message: "he liked my post yesterday does that count". */
    private static final Pattern A_LIKE = Pattern.compile("\\b(?:liked|likes|like|reacted"
            + "|commented|comments|viewed|views|watched|watches|looked at|saw) (?:my|on my|to my) (?:post|posts|story|stories"
            + "|pic|pics|photo|photos|picture|tiktok|reel|reels|status|tweet)\\b");
    private static final Pattern WROTE = Pattern.compile("\\b(?:texted|messaged|wrote|called"
            + "|dmed|dm'd|emailed|rang|replied|sent me|asked me|said)\\b");

    /**
     * Their like or comment, and nothing written ("he liked my post yesterday does that count"): no, with the
     * one line the articles give, that a like or a comment is not them reaching out.
     */
    static AnswerReader.Parsed<Optional<ExContactAbout>> aLikeIsNotWriting(
            AnswerReader.Parsed<Optional<ExContactAbout>> read, String typed) {
        String plain = AnswerReader.plain(typed);
        if (read.value().isPresent() || read.suggestion().isPresent() || !A_LIKE.matcher(plain).find()
                || WROTE.matcher(plain).find()) {
            return read;
        }
        return AnswerReader.Parsed.ok(Optional.<ExContactAbout>empty(), "no")
                .saying("Read as: no. A like or a comment is not them reaching out.");
    }
}
