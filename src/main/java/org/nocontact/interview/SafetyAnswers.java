package org.nocontact.interview;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers to a safety question. Only a clear no ("no", "nope", "no I'm not", "not at all", "no lol") is a no;
 * every other answer ("sometimes", "maybe", "not sure", "I don't know", "kind of", a typo) takes the
 * safe path. An empty answer is no answer at all: the question is asked again.
 */
final class SafetyAnswers {
    /** Words that say no. A clear no has at least one of them... */
    private static final Set<String> NO = Set.of("n", "no", "nope", "nah", "nein", "not", "never", "don't", "dont",
            "haven't", "havent", "hasn't", "hasnt", "isn't", "isnt", "aren't", "arent", "doesn't", "doesnt", "none",
            "nothing", "nobody");
    /** ...and nothing but them and these, which add no doubt ("not sure", "no, but sometimes" are not a clear no). */
    private static final Set<String> PLAIN = Set.of("i", "i'm", "im", "am", "do", "does", "have", "has", "they",
            "he", "she", "we", "my", "ex", "there", "is", "it", "at", "all", "thanks", "thank", "you", "like", "that",
            "of", "course", "definitely", "absolutely", "certainly", "one", "any", "an", "a", "order", "totally",
            "honestly", "lol", "lmao", "lmfao", "haha", "hahaha", "ha", "xd", "there's", "theres", "that's", "thats");
    private static final Set<String> NEGATES = Set.of("not", "never", "isn't", "isnt", "aren't", "arent", "don't", "dont");
    /** Reassurance after a no keeps it a no ("no, I'm fine", "no im ok", "nah all good"), but not after not ("no, not fine"). */
    private static final Set<String> REASSURED = Set.of("fine", "ok", "okay", "k", "good", "alright", "safe");
    private static final Set<String> YES = Set.of("y", "yes", "yeah", "yep", "yup", "yes i am", "i am", "i do",
            "yes i do", "they have", "yes they have", "he has", "she has", "yes there is", "there is");

    /** Yes as people type it: "y", "ya", "yaa", "yeah", "yea", "yeh", "yep", "yup", "yes", "yesss", "yas". */
    private static final String YES_WORD = "y|ya+h?|ye+a*h*|yep+|yup+|ye+s+|ya+s+|mhm+";
    /** Words that doubt a yes or take it back ("yeah a bit", "yes... not really", "ya idk", "i guess"). */
    private static final Set<String> DOUBTS = Set.of("maybe", "idk", "dunno", "idek", "kinda", "kind", "sorta", "sort",
            "bit", "little", "slightly", "somewhat", "lowkey", "guess", "think", "probably", "prob", "perhaps",
            "possibly", "suppose", "sure", "unsure", "know", "well", "actually", "used", "anymore", "if", "or", "might",
            "hmm", "um", "uh", "depends", "partly", "ish", "not", "no", "nope", "nah", "jk", "joking", "kidding");
    /** Words that state a safety concern itself: thoughts of dying, fear of them, a threat, a court order, following them. */
    private static final Set<String> STATES_THE_CONCERN = Set.of("die", "dying", "dead", "death", "suicide", "suicidal",
            "kill", "killing", "harm", "harming", "hurt", "hurting", "cut", "cutting", "overdose", "scares", "scare",
            "scared", "scary", "scaring", "afraid", "frightened", "frightens", "terrified", "terrifies", "threatened",
            "threatens", "threaten", "threats", "hit", "hits", "beat", "beats", "choked", "pushed", "stalks", "stalking",
            "stalked", "unsafe", "danger", "dangerous", "violent", "abusive", "court", "restraining", "injunction",
            "protection", "follow", "following", "track", "tracking", "location", "drive", "driving", "drove", "watch",
            "watching", "wait", "waiting", "outside", "obsessed", "constantly", "temper");
    /** Contractions that say not, typed without the apostrophe. */
    private static final Set<String> NEGATED = Set.of("dont", "cant", "wont", "didnt", "wouldnt", "couldnt", "shouldnt",
            "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt", "doesnt", "aint");
    /** How often, which says it happens: "every night", "all the time", "a lot", "daily". */
    private static final Pattern OFTEN = Pattern.compile(
            "\\b(?:every (?:single )?(?:night|day|morning|evening|week|time|hour)|all the time|a lot|always|daily|nightly"
                    + "|often|most (?:days|nights)|24 ?7)\\b");

    /** Where people look at an ex's life online. */
    private static final Set<String> SOCIAL_MEDIA = Set.of("instagram", "insta", "ig", "facebook", "fb", "tiktok",
            "snapchat", "snap", "twitter", "x", "socials", "social", "media", "profile", "profiles", "stories", "story",
            "posts", "page", "feed", "linkedin", "whatsapp", "status", "online", "pics", "photos", "pictures", "spotify",
            "youtube", "pinterest", "bereal", "threads", "reddit", "tumblr", "vsco", "playlist", "playlists", "posted",
            "posting");
    /**
     * Words that go past looking now and then: following, going there, tracking (a map of where they
     * are, such as Snap Map, is their location, not a post), or it being out of their hands. With any of these the answer is the concern (or unclear), never a no.
     */
    private static final Set<String> BEYOND_LOOKING = Set.of("follow", "following", "followed", "drive", "driving",
            "drove", "house", "home", "place", "work", "outside", "wait", "waiting", "track", "tracking", "location",
            "gps", "find", "friends", "stop", "control", "obsessed", "obsessing", "obsessive", "hours", "constantly",
            "can't", "cant", "cannot", "always", "all", "fake", "account", "accounts", "watch", "watching", "stalk",
            "stalking", "hurt", "hurting", "kill", "die", "scared", "afraid", "unsafe", "hour", "hourly", "minute",
            "minutes", "nonstop", "addicted", "compulsively", "obsessively", "map", "maps", "where", "whereabouts",
            "life360", "airtag", "airtags", "tracker", "address");
    /**
     * Words that say the person is not sure of their answer ("idk i keep checking her insta"): they
     * do not know whether it is only looking, so it is not read as a no.
     */
    private static final Set<String> UNSURE = Set.of("idk", "dunno", "unsure", "maybe", "kinda", "kind", "sorta",
            "sort", "guess", "perhaps", "probably", "sure", "know", "idek");

    /** Words a no starts with, before a reason ("no i just want to say happy bday", "nah, i just miss her"). */
    private static final Set<String> LEADING_NO = Set.of("no", "nope", "nah", "nein", "n");
    /**
     * Words that take a no back or hedge it ("no but sometimes i want to", "no not really", "no, not
     * right now", "no... i think", "no i used to"): with any of them the reason is not a clear no.
     */
    private static final Set<String> TAKES_IT_BACK = Set.of("but", "though", "tho", "although", "except", "unless",
            "sometimes", "sometime", "maybe", "idk", "dunno", "kinda", "kind", "sorta", "sort", "bit", "little", "slightly",
            "somewhat", "lowkey", "guess", "think", "probably", "perhaps", "sure", "know", "well", "actually", "yes",
            "yeah", "yep", "yea", "ya", "yup", "y", "used", "anymore", "now", "moment", "currently", "today", "tonight",
            "yet", "lately", "recently", "again", "still", "often", "ever", "times", "occasionally", "when", "if", "or",
            "might", "not", "don't", "dont", "can't", "cant", "cannot", "won't", "wont", "never",
            "isn't", "isnt", "aren't", "arent", "doesn't", "doesnt", "didn't", "didnt", "haven't", "havent", "hasn't",
            "hasnt", "wasn't", "wasnt", "nothing", "none", "nobody", "no", "nope", "nah", "hmm", "um", "uh", "wait",
            "depends", "unsure", "partly", "mostly", "ish", "bad", "worse", "worst", "help", "scary", "jk", "jkjk", "kidding",
            "joking", "joke", "jokes", "lying", "lie", "lies", "lied", "liar", "lyin", "kiddin");
    /**
     * Words that touch a safety concern, any of them (hurting, ending, not wanting to be here; being
     * scared, hit or threatened; a court; following or tracking them). A reason with one of these is
     * never read as a no: "no i'm not going to hurt myself" takes the safe path, as guidance asks.
     */
    private static final Set<String> CONCERN = Set.of("hurt", "hurting", "hurts", "harm", "harming", "kill",
            "killing", "killed", "die", "dying", "died", "dead", "death", "suicide", "suicidal", "end", "ending", "ends",
            "over", "here", "exist", "existing", "alive", "live", "living", "life", "gone", "disappear", "vanish", "sleep",
            "wake", "pills", "pill", "overdose", "od", "cut", "cutting", "cuts", "bridge", "jump", "rope", "hang",
            "knife", "gun", "guns", "weapon", "blade", "razor", "pain", "worthless", "hopeless", "pointless", "empty",
            "numb", "burden", "escape", "done", "myself", "self", "point", "tired", "give", "giving", "survive", "bear",
            "cope", "coping", "handle", "depressed", "depression", "drinking", "drunk", "drugs", "hit", "hits",
            "hitting", "push", "pushed", "shove", "shoved", "grab", "grabbed", "choke", "choked", "violent", "violence",
            "abuse", "abusive", "abused", "scared", "afraid", "fear", "frightened", "terrified", "threat", "threats",
            "threaten", "threatened", "threatening", "police", "cops", "court", "order", "restraining", "protection",
            "lawyer", "rage", "temper", "angry", "yell", "yells", "yelling", "scream", "screams", "screaming", "stalk", "stalking",
            "stalked", "unsafe", "danger", "dangerous", "shows", "showed", "turn", "turned", "door", "where", "see", "seeing", "dating",
            "everywhere", "location", "track", "tracking", "gps", "follow", "following", "followed", "drive", "driving",
            "drove", "past", "near", "around", "outside", "house", "home", "place", "work", "wait", "waiting", "watch",
            "watching", "check", "checking", "checked", "find", "friends", "stop", "control", "obsessed", "obsessing",
            "obsessive", "hours", "hour", "constantly", "always", "fake", "account", "accounts", "addicted");

    /**
     * Words in a reason after a no that say nothing of a concern, though some of them could elsewhere: the
     * person's own anger said right after the no ("no just really really angry", never "no he's just angry"),
     * a danger denied ("no. shes not dangerous shes a cheater"), telling them what they think of them ("no i
     * just want to tell her what i think of her"). They are left out before the reason is read; the rest of it
     * is read as any reason is (a "but", a hedge or a concern still keeps the safe path).
     */
    private static final List<Pattern> HARMLESS = List.of(
            Pattern.compile("(?<=^(?:no|nope|nah|n) )(?:i'm |im |i am |we're |were |we are |i feel |feeling )?"
                    + "(?:(?:just|really|so|very|super) )*(?:angry|mad|pissed off|pissed|upset|sad|heartbroken|annoyed|gutted"
                    + "|tired of crying|sick of crying)"
                    + "(?: (?:at|with) (?:her|him|them|my ex)| (?:that )?(?:it's|its|it is|we're|were|we are) over"
                    + "| about (?:the|our) breakup)?(?= |$)"),
            Pattern.compile("\\b(?:she's|shes|she is|he's|hes|he is|they're|theyre|they are) not"
                    + " (?:dangerous|violent|a danger|a threat|scary|like that|that type|the type|that kind of (?:person|guy"
                    + "|girl)|that sort of (?:person|guy|girl))(?: or anything(?: like that)?)?\\b"),
            // "no she would never", "nope no court stuff", "nah i blocked her everywhere": reassurance, said of the ex
            Pattern.compile("(?<=^(?:no|nope|nah|n) )(?:(?:she|he|they) (?:would|will) never(?: do that"
                    + "| do anything like that)?|no (?:court|legal) (?:stuff|order|orders|anything|things?)"
                    + "|i(?:'ve| have)? blocked (?:her|him|them)(?: everywhere| on everything| on all of it)?)$"),
            // "no hes never done anything like that", "no shes never been like that", "no not at all hes harmless":
            // what the ex has never been or done, said of the ex as the whole reason ("... but he yells" is no no)
            Pattern.compile("(?<=^(?:no|nope|nah|n) )(?:not at all )?(?:(?:she|he|they|she's|shes|he's|hes|they've|theyve)"
                    + "(?: has| have)? never (?:done anything like that|done that|been like that|been that type|been violent"
                    + "|been dangerous)|(?:she's|shes|she is|he's|hes|he is|they're|theyre|they are) (?:harmless"
                    + "|completely harmless|totally harmless))$"),
            // "no hes never threatened me", "no we never went to court", "no, never felt unsafe with him": the question's
            // own concern denied outright, as the whole reason
            Pattern.compile("(?<=^(?:no|nope|nah|n) )(?:(?:she|he|they|she's|shes|he's|hes|they've|theyve|we|i|i've|ive)"
                    + "(?: has| have)? )?never (?:threatened me|made (?:a |any )?threats?|went to court|been to court"
                    + "|had a court order|felt unsafe(?: with (?:him|her|them))?)$"),
            // "noo i dont even know where he lives now", "no lol i dont care where she is": not knowing or caring where
            // they are, as the whole reason, is no urge to follow them ("no i just want to know where she is" is not this)
            Pattern.compile("(?<=^(?:no|nope|nah|nein|n) )(?:(?:lol|lmao|haha|honestly|tbh) )?i (?:dont|don't|do not)"
                    + " (?:even )?(?:know|care) where (?:she|he|they) (?:lives|live|is|are|went)(?: now| anymore| these days)?"
                    + "(?: (?:lol|lmao|haha))?$"),
            Pattern.compile("(?<=\\b(?:tell|telling) )(?:her|him|them) (?:what i think of (?:her|him|them)"
                    + "|how i feel|off)\\b"),
            // "no im ok, just tired": reassurance, then tiredness (session 15, the lead's decision; "no just tired" alone
            // stays careful)
            Pattern.compile("(?<=^(?:no|nope|nah|n) )(?:i'm|im|i am) (?:ok|okay|fine|good|alright)(?: (?:just|only)"
                    + " (?:tired|exhausted|sleepy|stressed|drained|sad))?$"),
            // "no, i see him at work every day tho, he sits 2 desks away": a coworker seen at work is not followed
            Pattern.compile("(?<=^(?:no|nope|nah|n) )(?:i see (?:her|him|them)|we work together)(?: at work)?(?: every day"
                    + "| everyday| daily| all the time)?(?: tho| though)?(?: (?:she|he|they) sits? (?:\\d+|a few|two|three|a couple)"
                    + " (?:of )?desks? (?:away|over|from me))?$"),
            // "no she's engaged now", "no she's just engaged to some guy now": a now said of what is so, not "not now"
            Pattern.compile("(?<=^(?:no|nope|nah|n) .{1,80}?)(?<!\\bnot|\\bright|\\bfor|\\bjust|\\bnot right) now$"));

    private SafetyAnswers() {
    }

    /**
     * A no first, then a reason that does not take it back ("no i just want to say happy bday",
     * "nope, just miss her", "no he's the one who wants to talk"): the reason is about their plan or
     * their feelings, and says nothing of any safety concern. A reason that hedges ("no but
     * sometimes i want to", "no not really", "no, not right now") or that touches a concern ("no i'd
     * never hurt myself", "no he just yells", "no i just want to know where she is") is not a clear no.
     */
    static boolean isNoWithAReason(String answer) {
        List<String> said = words(answer).stream().map(SafetyAnswers::stretched).toList();
        if (said.size() < 2 || !LEADING_NO.contains(said.get(0))) {
            return false;
        }
        String reason = String.join(" ", said);
        for (Pattern harmless : HARMLESS) {
            reason = harmless.matcher(reason).replaceAll(" ").trim();
        }
        List<String> words = List.of(reason.split(" +"));
        if (words.size() == 1) {
            return !reason.equals(String.join(" ", said)); // "no just really angry": only the no is left
        }
        return words.stream().skip(1).noneMatch(word -> TAKES_IT_BACK.contains(word) || CONCERN.contains(word)
                || word.endsWith("n't") || word.chars().anyMatch(Character::isDigit));
    }

    /**
     * "yeah i keep checking her instagram lol": looking at their social media, and nothing that goes
     * past it (following them, tracking them, not being able to stop). Common after a breakup, and not
     * by itself the urge to follow or watch them. Checking every hour, or not knowing whether it is
     * more than looking ("idk i keep checking her insta"), is not a no: it may be out of their control.
     */
    static boolean isOnlyLookingOnline(String answer) {
        List<String> words = words(answer);
        return words.stream().anyMatch(SOCIAL_MEDIA::contains) && words.stream().noneMatch(BEYOND_LOOKING::contains)
                && words.stream().noneMatch(UNSURE::contains);
    }

    /** Whether the answer speaks of their social media at all ("maybe? i keep checking if she posted"). */
    static boolean mentionsSocialMedia(String answer) {
        return words(answer).stream().anyMatch(SOCIAL_MEDIA::contains);
    }

    static boolean isClearNo(String answer) {
        List<String> words = words(answer).stream().map(SafetyAnswers::stretched).toList();
        if (words.isEmpty() || words.stream().noneMatch(NO::contains)) {
            return false;
        }
        boolean reassuredBefore = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean reassured = REASSURED.contains(word) && (i == 0 || !NEGATES.contains(words.get(i - 1)));
            if (!NO.contains(word) && !PLAIN.contains(word) && !reassured || reassuredBefore && NEGATES.contains(word)) {
                return false; // "no im fine (im not)": the reassurance taken back
            }
            reassuredBefore |= reassured;
        }
        return true;
    }

    /** A plain yes, as against an answer that is only not a clear no ("sometimes", "not sure"). */
    static boolean isClearYes(String answer) {
        return YES.contains(String.join(" ", words(answer)));
    }

    /**
     * A yes in the person's own words: a yes word ("ya", "yeah he said hed kill me", "sometimes yeah", "yes
     * but i wont do anything"), or a statement of the concern itself ("i want to die", "every night", "he
     * scares me"), with nothing that doubts it ("yeah a bit", "maybe", "i guess he scares me") or says
     * no ("i would never kill myself"), and no question mark ("ya?"). Looking at their social media is
     * not a statement of the urge to follow them ("i check her insta every hour" may or may not be).
     */
    static boolean affirms(String answer) {
        List<String> words = words(answer);
        if (words.isEmpty() || isAQuestion(answer) || words.stream().anyMatch(DOUBTS::contains)) {
            return false;
        }
        if (words.stream().anyMatch(word -> word.matches(YES_WORD))) {
            return true;
        }
        return words.stream().noneMatch(word -> NO.contains(stretched(word)) || word.endsWith("n't") || NEGATED.contains(word))
                && words.stream().noneMatch(SOCIAL_MEDIA::contains)
                && (words.stream().anyMatch(STATES_THE_CONCERN::contains) || OFTEN.matcher(String.join(" ", words)).find());
    }

    /** How much or how often, said alone: a yes in part ("a little", "sometimes", "kinda", "sort of"). */
    private static final Pattern IN_PART = Pattern.compile(
            "(?:a (?:little|tiny|wee) bit|a little|a bit|a tiny bit|a little sometimes|sometimes|sometime|kinda|kind of"
                    + "|sorta|sort of|somewhat|slightly|occasionally|at times|now and then|every now and then"
                    + "|from time to time|partly|lowkey)(?: (?:yeah|yes|ya|yea|yep|lol|tbh|honestly))?");

    /**
     * A yes in part: how much or how often, alone or after a yes ("a little", "yeah a little", "sometimes",
     * "kinda", "sort of", "a bit yeah"). It is a yes, partly, so the safe path, thanked as a yes; a doubt
     * ("maybe", "i guess", "idk") or a no in it ("no but sometimes") keeps it unclear.
     */
    static boolean isPartlyYes(String answer) {
        if (isAQuestion(answer)) {
            return false;
        }
        String said = String.join(" ", words(answer)).replaceFirst("^(?:" + YES_WORD + ")(?: (?:" + YES_WORD + "))? ", "");
        if (IN_PART.matcher(said).matches()) {
            return true;
        }
        // "ya kinda. he has a temper": a yes in part, then what happens, with no doubt or no in it
        String[] sentences = answer.strip().split("[.,;!]+\\s*", 2);
        return sentences.length == 2 && isPartlyYes(sentences[0]) && !sentences[1].isBlank()
                && words(sentences[1]).stream().noneMatch(word -> DOUBTS.contains(word) || NO.contains(stretched(word))
                        || word.endsWith("n't") || NEGATED.contains(word));
    }

    /** An answer that ends in a question mark asks back ("no?", "ya?"): not a clear answer either way. */
    static boolean isAQuestion(String answer) {
        String said = answer.strip();
        return said.endsWith("?") && !PUZZLED.matcher(said).find();
    }

    /** "no??", "no?!": puzzled that it is asked, a no (the lead's decision, session 15); "no?" alone asks back. */
    private static final Pattern PUZZLED = Pattern.compile("^(?:no+|nope|nah)\\s*(?:\\?{2,}|\\?+!+|!+\\?+)$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A no typed long or short ("noo", "nooo", "na", "naah", "nopee"), or with the one slip that can be nothing else
     * ("nop", "nopp" for nope; "naw" for nah), is the word itself; a typo that could be something else ("nno", "np",
     * which is "no problem") is not. Only whole words are read so: a typo inside a longer answer is read as the rest
     * of it is ("nop idk" stays unclear).
     */
    private static String stretched(String word) {
        if (word.matches("no+")) {
            return "no";
        }
        if (word.matches("na+h*|na+w+h*")) {
            return "nah";
        }
        return word.matches("nop+e*") ? "nope" : word;
    }

    private static List<String> words(String answer) {
        String plain = answer.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}' ]", " ").trim();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split("\\s+"));
    }
}
