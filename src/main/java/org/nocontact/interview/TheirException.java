package org.nocontact.interview;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one matter a request for no contact leaves open, as the person told it: "she said dont text me unless its
 * about biscuit" (biscuit), "only about the kids", "except for dog stuff". Their words are kept as typed, since
 * the advice says them back ("except about biscuit"); a number is never a matter ("1, 2 except 3").
 *
 * @param matter the matter, in the person's words
 * @param rest the words typed without the exception, to read for the rest of the answer
 */
record TheirException(String matter, String rest) {
    private static final Pattern SAID = Pattern.compile("(?i)[,;]?\\s*\\b(?:except for|except about|apart from|other than|outside of|outside"
            + "|(?:unless|except|only)(?:\\s+(?:if|when))?(?:\\s+(?:it's|its|it is|it has|it's got|there's|theres|there is))?"
            + "(?:\\s+(?:something|anything|stuff|things?))?\\s+(?:to do with|about|regarding|concerning|re|for))"
            + "\\s+(?<matter>[\\p{L}\\p{M}][^.,;!?\\n]*?)\\s*(?=\\b(?:lol|lmao|haha|tho|though|and|but|so)\\b|[.,;!?\\n]|$)");

    /** The exception said in these words, if any. */
    static Optional<TheirException> in(String typed) {
        Matcher m = SAID.matcher(typed.replace('\u2019', '\''));
        if (!m.find()) {
            return Optional.empty();
        }
        String matter = m.group("matter").strip();
        if (matter.isEmpty() || matter.matches("(?i)(?:that|this|it|them|him|her|me|now|today|tonight)")) {
            return Optional.empty();
        }
        String rest = (typed.substring(0, m.start()) + " " + typed.substring(m.end())).strip();
        return Optional.of(new TheirException(matter, rest));
    }

    /** As said back after the request: ", except about biscuit". */
    static String saidBack(String matter) {
        return ", except about " + matter;
    }
}
