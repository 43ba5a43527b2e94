package org.nocontact.interview;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Optional;
import java.util.function.Predicate;
import org.nocontact.interview.Question.Relevance;
import org.nocontact.situation.Action;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.SituationReader;
import org.nocontact.situation.Tie;

/**
 * The questions, in the order a kind friend would ask them: safety first, then the breakup, then
 * what the person is thinking of doing, then the rest. Safety and the plan are always asked; which
 * of the others are asked (who ended it, when and the goal among them) is decided from the rules at
 * run time (see {@link Interview}); what a saved file needs and was never asked is asked at save
 * time ({@link #NEEDED_IN_A_FILE}).
 */
final class Questions {
    /** The plans that send words, whose draft the verdict may read. */
    private static final Set<Action> SENDS_WORDS = EnumSet.of(Action.TEXT, Action.EMAIL, Action.LETTER,
            Action.SOCIAL_POST, Action.REPLY);

    /**
     * What a situation file must hold (situation-format.md: required) and only the person can say; asked
     * before saving where the interview did not need it (never invented). The plan's purpose is left
     * out: a file without one reads as a greeting, as the interview did.
     */
    static final List<Key<?>> NEEDED_IN_A_FILE = List.of(Key.INITIATED_BY, Key.BREAKUP_DATE, Key.GOAL);

    /**
     * Two-part questions, each asking one thing a person thinks of as one ("What are you thinking of
     * doing, and what is it for?"): the later questions its answer may also answer. A part said is an
     * answer (never asked again); a part not said is asked back alone, where it matters. Never a
     * safety question.
     */
    static final Map<Key<?>, List<Key<?>>> PARTS = Map.of(Key.INITIATED_BY, List.of(Key.BREAKUP_DATE),
            Key.ACTION, List.of(Key.PURPOSE, Key.OCCASION), Key.EX_CONTACT_RECENT, List.of(Key.EX_CONTACT_DATE),
            Key.EX_CONTACT_ABOUT, List.of(Key.EX_CONTACT_DATE));

    /**
     * Who ended it and the goal: where both are still open and both can change the advice, they are asked as one
     * question ({@link WhoAndGoal}), "Who ended it, when, and what do you want now?" (the day where it is not known).
     */
    static final List<Key<?>> ASKED_AS_ONE = List.of(Key.INITIATED_BY, Key.GOAL);

    /**
     * The feelings, each its own question: where two or more are still open and can change the advice,
     * they are asked together ({@link Scales}), listing only those.
     */
    static final List<Key<OptionalInt>> FEELINGS = List.of(Key.ANGER, Key.SADNESS, Key.CONFIDENCE);

    /**
     * Made once: the questions are immutable, and every interview (a replay of `rules test` makes one per
     * situation) would otherwise rebuild them, each option's names normalised again. After the fields above,
     * which the questions read as they are made.
     */
    private static final List<Question<?>> ALL = make();

    private Questions() {
    }

    static List<Question<?>> all() {
        return ALL;
    }

    private static List<Question<?>> make() {
        List<Question<?>> q = new ArrayList<>();
        q.add(safety(Key.SELF_HARM, "Are you having any thoughts of hurting yourself?",
                "If you are, that comes before anything else, and I'll point you to help right away.",
                "Let's stop the questions here: your safety comes first."));
        q.add(safety(Key.UNSAFE, "Do you feel unsafe because of your ex?",
                "Your safety comes before any message. If you feel unsafe, the advice is about getting help, not contact.",
                "Let's stop the questions here: your safety comes first."));
        q.add(safety(Key.THREATENED, "Has your ex threatened you?",
                "A threat changes everything: the advice will be about staying safe.",
                "Let's stop the questions here: your safety comes first."));
        q.add(safety(Key.PROTECTION_ORDER,
                "Is there a court order (a protection or restraining order) between you?",
                "A court order decides what contact is allowed, whichever of you it protects, so it comes before "
                        + "any other advice.",
                "Let's stop the questions here: a court order decides what contact is allowed, "
                        + "whichever of you it protects."));
        q.add(new Question<>(Key.URGE_TO_MONITOR,
                "Do you feel driven to follow them, or to keep track of where they are?",
                "That urge is a sign of how much this hurts, and support for you comes first. Looking at their "
                        + "social media now and then is common after a breakup, and is not what I mean here.",
                new Safety("Let's stop the questions here: support for you comes first.",
                        Optional.of("Looking at their social media is common after a breakup, and it keeps the hurt "
                                + "fresh. Muting or unfollowing them makes it easier to stop; if the checking feels out "
                                + "of your control, a counsellor can help.")),
                Relevance.ALWAYS, always()));

        q.add(choice(Key.INITIATED_BY, "Who ended it, and when?",
                "Who ended it changes the advice, for example whether a period of no contact fits you, and the day lets "
                        + "me count how long it has been. There is no wrong answer, and no blame in it. For example: she "
                        + "ended it 2 weeks ago, me last month, we both did on 3 January.",
                Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE, always(), Optional.empty(),
                option("they did", InitiatedBy.THEM, "them", "they", "ex", "my ex", "he did", "she did", "he", "she",
                        "they ended it", "he ended it", "she ended it", "they ended things", "he ended things", "she ended things",
                        "my ex did", "dumped me", "broke up with me",
                        "got dumped", "left me", "ended it with me", "ended things with me", "they left", "he left",
                        "she left", "they broke up with me", "was dumped", "i got dumped", "i was dumped"),
                option("I did", InitiatedBy.ME, "me", "i", "myself", "i ended it", "me did", "dumped them", "i dumped them",
                        "broke up with them", "i broke up with them", "i left", "i left them", "i ended things",
                        "i broke it off", "i called it off", "me i guess", "i was the one who ended it",
                        "i was the one who ended things", "i was the one who broke up", "i was the one who left",
                        "i'm the one who ended it", "i'm the one who ended things", "i'm the one who left"),
                option("we decided together", InitiatedBy.MUTUAL, "mutual", "both", "we", "together", "we did",
                        "we both did", "both of us", "we ended it", "decided together", "it was mutual", "mutually",
                        "we both decided", "we agreed", "we both agreed", "kind of both", "both really", "we both kind of did",
                        "we kind of both did", "kind of mutual", "both of us kind of", "kind of both of us")));
        q.add(new Question<>(Key.BREAKUP_DATE, "When did it end?",
                "The date lets me count how long it has been.",
                new Date(Optional.empty(), DatesThatFit::aDayThatHasPassed), Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE, always()));
        q.add(choice(Key.GOAL, "What do you want now?",
                "Wanting them back, moving on and staying friends lead to different advice. Not sure is a fine answer.",
                Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE, always(), Optional.empty(),
                option("to get back together", Goal.RECONCILE, "reconcile", "back", "together", "get back together",
                        "back together", "get them back", "them back", "want them back", "i want them back",
                        "i'd like them back", "i want my ex back", "want my ex back", "my ex back", "get back with them",
                        "be with them", "win them back", "be together again", "to be with them again", "them back",
                        "getting back together"),
                option("to move on", Goal.MOVE_ON, "move-on", "move on", "moving on", "get over them", "get over it",
                        "forget them", "heal", "let go", "closure and move on", "to get over them", "coparent", "co-parent",
                        "co parent", "coparenting", "co-parenting", "co parenting", "coparent peacefully",
                        "co-parent peacefully", "parent together", "raise the kids together", "be civil", "keep it civil"),
                option("to be friends", Goal.FRIENDS, "friends", "friend", "stay friends", "be friends", "friends again",
                        "just friends", "to stay friends", "friends someday", "friends one day", "friends eventually",
                        "friends at some point", "friends later", "be friends someday", "be friends one day",
                        "friends in the future", "friends down the line"),
                option("I'm not sure", Goal.UNSURE, "unsure", "not sure", "dont know", "don't know", "i don't know",
                        "i dont know", "idk", "no idea", "i'm not sure", "im not sure", "dunno", "no clue", "maybe",
                        "confused", "i'm confused", "both", "not sure tbh", "no idea honestly")));

        q.add(choice(Key.ACTION, "What are you thinking of doing, and what is it for?",
                "A gift, a letter, a reply to their message and a text are weighed differently, and so are a practical "
                        + "matter, your feelings and a greeting. For example: text her happy birthday, call about the kids, "
                        + "send flowers to say sorry.",
                Relevance.ALWAYS, always(), Optional.empty(),
                option("send a text", Action.TEXT, "text", "message", "sms", "text them", "message them", "texting",
                        "dm", "dm them", "whatsapp", "whatsapp them", "send them a message", "snap them", "imessage"),
                option("call them", Action.CALL, "call", "phone", "ring her", "ring him", "phone them", "ring them", "give her a ring", "give him a ring", "give them a ring", "phone call",
                        "facetime", "facetime them", "call them up", "give them a call", "voice note"),
                option("send an email", Action.EMAIL, "email", "mail", "e-mail", "email them"),
                option("write a letter", Action.LETTER, "letter", "card", "love letter", "write to them"),
                option("send a gift or flowers", Action.GIFT, "gift", "present", "flowers", "send a gift", "send flowers",
                        "give them a gift", "birthday gift", "birthday present", "chocolates", "roses", "buy them something",
                        "tickets", "tix", "concert tickets", "the tickets", "i bought for them", "i bought them",
                        "give them a present", "give them their present", "give them their gift", "give them something"),
                option("post something for them to see", Action.SOCIAL_POST, "social-post", "post", "social media",
                        "post something", "instagram", "story", "post a story", "tweet", "post on instagram"),
                option("see them in person", Action.VISIT, "visit", "see", "meet", "see them", "visit them", "meet them",
                        "meet up", "go see them", "in person", "go over", "show up", "go to their place", "turn up", "drop off",
                        "drop it off", "drop his stuff off", "drop her stuff off", "drop their stuff off",
                        "drop the stuff off", "drop off his stuff", "drop off her stuff", "drop off their stuff",
                        "drop his things off", "drop her things off", "drop their things off", "give her the ring back",
                        "give him the ring back", "give the ring back", "give back the ring", "return the ring",
                        "give her back the ring", "give him back the ring", "give her things back", "give him his things back",
                        "give her stuff back", "give him his stuff back", "give her keys back", "give him his keys back",
                        "give the keys back", "return the keys", "return her stuff", "return his stuff", "return their stuff",
                        "give their stuff back", "give his stuff back", "hand back the ring", "hand the ring back"),
                option("reply to a message they sent", Action.REPLY, "reply", "answer", "respond", "reply to them",
                        "answer them", "text back", "write back", "reply to their message", "texted me", "messaged me",
                        "wrote to me", "they texted", "she texted", "he texted", "they messaged", "she messaged",
                        "he messaged", "text them back", "reply back", "answer their text", "respond to them",
                        "reply to their text", "reply to his text", "reply to them text", "reply to his message",
                        "reply to them message", "answer his text", "answer them text", "dmed me", "they dmed",
                        "she dmed", "he dmed")));
        q.add(TheirMessages.about());
        q.add(choice(Key.PURPOSE, "What is it mainly about?",
                "A practical matter (like collecting your things) is handled differently from feelings or a greeting.",
                Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE, always(), Optional.empty(),
                option("a practical matter", Purpose.LOGISTICS, "logistics", "practical", "things", "kids", "my stuff",
                        "stuff", "my things", "get my stuff back", "pick up my stuff", "keys", "the kids", "rent", "bills",
                        "money", "the dog", "their stuff", "his stuff", "her stuff", "return their stuff", "return his stuff",
                        "return her stuff", "give their stuff back", "give his stuff back", "give her stuff back",
                        "give her the ring back", "give him the ring back", "give the ring back", "give back the ring",
                        "return the ring", "give her back the ring", "give him back the ring", "the ring", "hand the ring back",
                        "give him his things back", "give him his stuff back", "give him his keys back", "give her keys back",
                        "give the keys back", "return the keys", "the keys", "get my hoodie back", "my hoodie back",
                        "hoodie back", "my hoodie", "get my things back", "my things back", "my stuff back", "come get it",
                        "come and get it", "come get her stuff", "come and get her stuff", "come get his stuff",
                        "pick it up", "pick up her stuff", "pick up his stuff", "collect her stuff", "collect his stuff",
                        "collect my stuff", "get her stuff", "get his stuff", "our dog", "our cat", "the cat", "our pets",
                        "the pets", "our kids", "our son", "our daughter", "our house", "the house", "house", "our flat",
                        "the flat", "our apartment", "the apartment", "the lease", "our car", "the car", "the mortgage",
                        "mortgage", "the divorce", "divorce", "the settlement", "the estate agent", "selling the house"),
                option("my feelings", Purpose.FEELINGS, "feelings", "your feelings", "feel", "how i feel", "tell them how i feel", "love letter",
                        "i miss them", "miss them", "that i miss them", "closure", "i still love them", "love them",
                        "goodbye", "say goodbye", "to say goodbye", "a goodbye", "a proper goodbye", "say goodbye properly",
                        "goodbye properly", "a last goodbye", "say bye", "farewell", "a final goodbye", "one last goodbye",
                        "show them i'm fine", "show them i'm ok", "show them i'm okay", "show them i'm good", "show them i'm happy",
                        "show them i'm doing fine", "show them i'm doing well", "show them i'm doing ok", "show them i'm doing good",
                        "show them i'm over it", "show them i'm over them", "show them i've moved on", "let them see i'm fine",
                        "they see", "she sees", "he sees", "they can see", "she can see", "he can see",
                        "fine without them", "ok without them", "okay without them", "good without them", "happy without them",
                        "better without them", "better off without them", "doing fine without them", "doing well without them",
                        "doing great without them", "doing good without them", "explain", "explaining", "explain myself",
                        "explain why", "explaining why", "why i ended it", "why i broke up with them", "why i left",
                        "why i did it", "why i broke up", "tell them off", "tell them what i think of them",
                        "what i think of them", "give them a piece of my mind", "a piece of my mind", "vent", "rant",
                        "how much they hurt me", "tell them how much they hurt me", "tell them to stop",
                        "tell them to stop texting me", "tell them to stop messaging me", "tell them to stop contacting me",
                        "tell them to stop calling me", "tell them to stop posting about me", "stop posting about me",
                        "tell them to leave me alone", "to leave me alone", "stop texting me", "stop contacting me"),
                option("getting back together", Purpose.RECONCILE, "reconcile", "back together", "get back together",
                        "getting them back", "get them back", "win them back", "want them back", "try again", "another try",
                        "another chance", "second chance", "another go"),
                option("a greeting (happy birthday, and so on)", Purpose.GREETING, "greeting", "greet", "wish",
                        "happy birthday", "birthday", "a greeting", "say happy birthday", "wish them happy birthday",
                        "happy valentines", "happy valentine's", "happy valentines day", "happy valentine's day",
                        "say happy valentines", "merry christmas", "happy christmas", "happy new year", "happy anniversary"),
                option("an apology", Purpose.APOLOGY, "apology", "sorry", "apologise", "apologize", "say sorry",
                        "to apologise", "to apologize", "i'm sorry", "messed up", "i messed up", "my fault", "it was my fault"),
                option("checking how they are", Purpose.CHECK_IN, "check-in", "check in", "checking in",
                        "how they are", "see how they are", "checking on them", "how are you", "how they're doing",
                        "see how they're doing", "ask how they are", "check on them", "hows it going", "how she's doing",
                        "how he's doing", "see how she's doing", "see how he's doing", "how they're doing",
                        "see if they're ok", "see if they're okay", "see if he's ok", "see if he's okay", "see if she's ok",
                        "see if she's okay", "if they're ok", "if he's ok", "if she's ok", "make sure they're ok",
                        "make sure he's ok", "make sure she's ok", "making sure they're ok", "making sure he's ok",
                        "making sure she's ok", "making sure they're okay", "making sure he's okay", "making sure she's okay",
                        "make sure they're alright", "make sure he's alright", "make sure she's alright", "ask how she is", "ask how he is", "how she is",
                        "how he is", "say i'm good", "say i'm fine", "say i'm ok", "say i'm okay", "tell them i'm good",
                        "tell them i'm fine", "tell them i'm ok", "got home ok", "got home okay", "got home safe",
                        "if they got home ok", "if they got home safe", "home safe", "if they're alright", "if they're safe")));
        q.add(new Question<>(Key.STANDING, Standing.PROMPT,
                "Each can change the advice: a block or a request says what they want now, a message from them can be an "
                        + "opening, unanswered messages already say how you feel, a period of no contact decides when to "
                        + "look again, and what you share can make some contact necessary.",
                new Standing(List.of(Standing.Line.values()), false), Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE,
                answers -> false)); // put only where two or more of its lines are open (Walk)
        q.add(TheirMessages.recent());
        q.add(new Question<>(Key.EX_CONTACT_DATE, "When did their message arrive?",
                "This only tells me how recent it is.",
                new Date(Optional.of("today"), DatesThatFit::aDayThatHasPassed),
                Relevance.WITH_ITS_GROUP, Questions::exWrote));
        q.add(new Question<>(Key.TIES, "Do you still share any of these? (numbers or names, separated by commas)",
                "Practical ties, like children or a shared home, can make some contact necessary. Answer none if there are none.",
                new Several(List.of(
                        option("children", Tie.CHILDREN, "children", "kids", "kid", "a kid", "son", "daughter", "baby"),
                        option("work", Tie.WORK, "work", "job", "office", "same office", "work together", "coworkers"),
                        option("school", Tie.SCHOOL, "school", "college", "university"),
                        option("a home", Tie.HOME, "home", "house", "flat", "apartment", "live together", "lease"),
                        option("pets", Tie.PETS, "pets", "pet", "dog", "cat"),
                        option("belongings to return or collect", Tie.BELONGINGS, "belongings", "things", "stuff",
                                "my stuff", "their stuff", "clothes", "my things", "their things", "the ring", "my ring",
                                "their ring", "engagement ring", "hoodie", "hoodies", "jumper", "sweater", "jacket", "the keys",
                                "keys", "books", "charger", "her stuff", "his stuff", "her things", "his things"),
                        option("money matters", Tie.FINANCES, "money", "finances", "bills", "joint account", "loan", "debt",
                                "rent", "the rent", "car loan", "phone plan", "phone bill", "owes me", "owes me money", "owe me", "i owe them",
                                "quid", "bucks", "dollars", "pounds", "euros"),
                        option("friends in common", Tie.MUTUAL_FRIENDS, "friends", "mutual-friends", "mutual friends", "friend group",
                                "same friends", "our friends", "all our friends", "the same friends", "friends in common",
                                "common friends", "shared friends", "mates", "our mates", "same mates", "same circle",
                                "friend circle", "our friend group", "the friend group"))),
                Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE, always()));
        q.add(Boundaries.question());
        q.add(SpecialDays.question());
        q.add(new Question<>(Key.NO_CONTACT_STARTED,
                "Are you holding no contact now (no messages, calls or posts)? If so, since when?",
                "How long you have held no contact decides when it may be time to reach out.",
                new Period(DatesThatFit::noContactDateFits), Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE, always()));
        q.add(new Question<>(Key.NO_CONTACT_SINCE, "Since when?",
                "The period is counted from this day.",
                new Date(Optional.empty(), DatesThatFit::noContactDateFits),
                Relevance.WITH_ITS_GROUP, answers -> held(answers, n -> n.since().isEmpty())));
        q.add(new Question<>(Key.NO_CONTACT_DAYS, "For how many days do you mean to hold it?",
                "Thirty days is the usual guide; some people choose six weeks (42 days).",
                new Whole(1, 365, OptionalInt.of(30), false, Optional.of("day")),
                Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE, answers -> held(answers, n -> n.days().isEmpty())));
        q.add(new Question<>(Key.UNANSWERED_MESSAGES, "How many messages have you sent them that are still unanswered?",
                "Several unanswered messages already say how you feel; another one would be chasing.",
                new Whole(0, 1000, OptionalInt.of(0), false, Optional.of("message")), Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE, always()));
        q.add(new Question<>(Key.ANGER, "On a scale of 0 to 10, how angry do you feel about the breakup?",
                "Reaching out goes best once anger and sadness have settled and your confidence is back. "
                        + "Type skip if you'd rather not say.",
                new Whole(0, 10, OptionalInt.empty(), true, Optional.empty()), Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE, always()));
        q.add(new Question<>(Key.SADNESS, "How sad do you feel, from 0 to 10?",
                "Sadness of 4 or less is one sign you are ready. Type skip if you'd rather not say.",
                new Whole(0, 10, OptionalInt.empty(), true, Optional.empty()),
                Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE, always()));
        q.add(new Question<>(Key.CONFIDENCE, "How confident do you feel in yourself, from 0 to 10?",
                "Confidence of 6 or more is one sign you are ready. Type skip if you'd rather not say.",
                new Whole(0, 10, OptionalInt.empty(), true, Optional.empty()),
                Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE, always()));
        q.add(choice(Key.FEELINGS_EXPRESSED, "Have you already told them you want them back?",
                "If you never said it, some advice lets you say it once, honestly.",
                Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE, always(), Optional.empty(), // no answer they never gave
                option("yes", Optional.of(true), "yes", "y", "yeah", "yep", "yup", "i did", "i have", "i told them",
                        "yes i did", "yes i have", "i said it"),
                option("no", Optional.of(false), "no", "n", "nope", "nah", "not really", "don't think so",
                        "i don't think so", "i haven't", "i didn't", "never", "not yet", "no i ended it", "i ended it",
                        "no i was the one who ended it", "no i broke up with them", "i broke up with them"),
                option("not sure", Optional.empty(), "not sure", "unsure", "maybe", "i don't know", "idk", "don't know",
                        "kind of", "sort of", "i think so", "sort of yes", "kind of yes", "not sure tbh")));
        q.add(new Question<>(Key.MESSAGE, "Have you written the message already? Paste it, then an empty line.",
                "If you have, I can read it with you line by line and point out what might work against you. "
                        + "It stays on this computer. Just press Enter if you haven't written it.",
                new Draft(SituationReader.MAX_MESSAGE_LENGTH), Relevance.WHEN_THE_VERDICT_READS_A_DRAFT,
                answers -> answers.get(Key.ACTION).filter(SENDS_WORDS::contains).isPresent()));
        return List.copyOf(q);
    }

    private static Question<Boolean> safety(Key<Boolean> key, String prompt, String why, String stop) {
        return new Question<>(key, prompt, why, new Safety(stop, Optional.empty()), Relevance.ALWAYS, always());
    }

    @SafeVarargs
    private static <T> Question<T> choice(Key<T> key, String prompt, String why, Relevance relevance,
                                          Predicate<Answers> applies, Optional<T> defaultValue, Option<T>... options) {
        return new Question<>(key, prompt, why, new Choice<>(List.of(options), defaultValue), relevance, applies);
    }

    static <T> Option<T> option(String label, T value, String... names) {
        return new Option<>(label, value, List.of(names));
    }

    static Predicate<Answers> always() {
        return answers -> true;
    }

    /** A period is held, and its answer left this open ("yeah": since when; "since 1 dec": how long). */
    private static boolean held(Answers answers, Predicate<NoContactNow> leftOpen) {
        return answers.get(Key.NO_CONTACT_STARTED).filter(NoContactNow::holding).filter(leftOpen).isPresent();
    }

    static boolean exWrote(Answers answers) {
        return answers.is(Key.ACTION, Action.REPLY) || answers.get(Key.EX_CONTACT_RECENT).flatMap(recent -> recent).isPresent();
    }

}
