package org.nocontact.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An offer made with yes as its default ("shall I put your message in your private journal? (yes or no) [yes]"): only a
 * clear no declines it. Enter, "ok", "k", "sure" or "please" take it, so nothing the person wrote is dropped for a word
 * that was not "yes"; an offer made with no as its default is taken by a yes in those words too.
 */
final class Offers {
    private static final Pattern NO = Pattern.compile(
            "(?:no+|n|nope|nop|nah+|naw|nay|not now|not yet|not really|don't|dont|do not|skip|nvm|never mind|neither)\\b");

    private static final Pattern YES = Pattern.compile(
            "(?:y|ye+s*|yeah|ya+|yep|yup|ok+|okay|k|sure|please|alright|all right|go ahead)\\b");

    private Offers() {
    }

    static boolean declined(Optional<String> answer) {
        return NO.matcher(plain(answer)).lookingAt();
    }

    /** An offer made with no as its default ("[no]"): taken by a yes in everyday words ("ok", "sure", "yeah"). */
    static boolean accepted(Optional<String> answer) {
        return !declined(answer) && YES.matcher(plain(answer)).lookingAt();
    }

    private static String plain(Optional<String> answer) {
        return answer.map(a -> a.trim().toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("[^a-z' ]", " ").trim()).orElse("");
    }
}
