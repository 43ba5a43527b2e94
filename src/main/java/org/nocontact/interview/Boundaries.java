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
                new Choice<>(options(), Optional.of(Situation.Boundaries.NONE)),
                Question.Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE, answers -> true);
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
                        "on instagram", "on whatsapp", "on snap", "on snapchat", "on facebook", "my number", "just my number")),
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
