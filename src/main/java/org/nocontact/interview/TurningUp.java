package org.nocontact.interview;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.nocontact.rules.drafts.DraftRules;

/**
 * A plan typed as turning up where they are ("show up at her place tonight", "wait for her outside
 * her work"): read with the draft rules' own turning-up phrases (rules/drafts.json, data), as if it
 * were said to them, so a plan and a draft that say the same thing are read the same way.
 */
final class TurningUp implements Predicate<String> {
    private final DraftRules drafts;

    TurningUp(DraftRules drafts) {
        this.drafts = drafts;
    }

    /** Whether the plan, said to them ("her place" as "your place", with or without "i'll" first), threatens to turn up. */
    @Override
    public boolean test(String plan) {
        return saidToThem(plan).isPresent();
    }

    /**
     * The plan as it would read said to them, where that says it will turn up ("show up at her place
     * tonight": "i'll show up at your place tonight"); empty where it does not.
     */
    Optional<String> saidToThem(String plan) {
        String plain = plan.toLowerCase(Locale.ROOT).replace('\u2019', '\'').trim();
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        return Stream.of(naturally(plain), saidToThem(plain, "your"), saidToThem(plain, "you"))
                .flatMap(said -> Stream.of(said, "i'll " + said)).filter(drafts::threatens).findFirst()
                .map(said -> said.startsWith("i'll ") ? said : "i'll " + said);
    }

    /**
     * "wait for her outside her work" as "wait for you outside your work": "her" is "you" where a place,
     * a time or the end follows it, else "your" (tried first, so what is said back reads as a person would say it).
     */
    private static String naturally(String plan) {
        return saidToThem(toThem(plan).replaceAll("\\bher\\b(?= (?:outside|after|at|in|on|near|by|when|until|till|tonight|"
                + "tomorrow|today|later|there|and|to|from|again)\\b|$)", "you"), "your");
    }

    /** "she goes every monday" as "you go every monday": she or he, and the verb after it, said to them. */
    private static String toThem(String plan) {
        String said = plan.replaceAll("\\b(?:she|he)(?:'s| is)\\b", "you're").replaceAll("\\b(?:she|he) has\\b", "you have")
                .replaceAll("\\b(?:she|he) does\\b", "you do").replaceAll("\\b(?:she|he) goes\\b", "you go");
        return said.replaceAll("\\b(?:she|he) was\\b", "you were").replaceAll("\\b(?:she|he) (\\w+(?:ch|sh|x|ss))es\\b", "you $1")
                .replaceAll("\\b(?:she|he) (\\w{2,}[^s'])s\\b", "you $1");
    }

    /** "wait for him outside his work" as "wait for you outside your work"; "her" is "your" or "you", tried both ways. */
    private static String saidToThem(String plan, String her) {
        return plan.replaceAll("\\b(?:his|their|my ex's)\\b", "your").replaceAll("\\b(?:him|them|my ex)\\b", "you")
                .replaceAll("\\bher\\b", her);
    }
}
