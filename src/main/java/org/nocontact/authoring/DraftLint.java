package org.nocontact.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.drafts.DraftRule;
import org.nocontact.rules.drafts.PhraseIndex;
import org.nocontact.rules.drafts.VerdictDrafts;
import org.nocontact.rules.drafts.Tokens;

/**
 * Lint for draft rules (empty phrases are already refused by the loader): a phrase written twice
 * (the same words once case and apostrophes are set aside), in one rule or in two; a phrase that
 * contains another phrase (one that counts only alone on a line never is), so a line is noted twice or
 * the longer phrase adds nothing; and a draft
 * rule that no verdict notes. All warnings, at the phrase's file, line and column.
 */
final class DraftLint {
    private record Place(DraftRule rule, int index) {
        DraftRule.Phrase phrase() {
            return rule.phrases().get(index);
        }

        String describe() {
            DraftRule.Phrase phrase = rule.phrases().get(index);
            return "\"" + phrase.written() + "\" (" + rule.id() + "." + phrase.at() + ")";
        }
    }

    private DraftLint() {
    }

    static List<Finding> lint(RuleSet rules) {
        List<Finding> findings = new ArrayList<>();
        Map<List<String>, Place> first = new LinkedHashMap<>();
        for (DraftRule rule : rules.drafts().rules()) {
            for (int i = 0; i < rule.phrases().size(); i++) {
                if (rule.phrases().get(i).place() == DraftRule.Place.UNLESS) {
                    continue; // finds nothing itself: no note to double
                }
                Place place = new Place(rule, i);
                Place earlier = first.putIfAbsent(rule.phrases().get(i).words(), place);
                if (earlier != null) {
                    findings.add(warning(place, Finding.Kind.DUPLICATE_PHRASE, earlier.rule() == rule
                            ? "the same phrase as " + earlier.describe() + " once case and apostrophes are set aside; keep one."
                            : "also a phrase of " + earlier.rule().id() + " (" + earlier.describe()
                            + "), so a line with it gets two notes; keep it in one rule."));
                }
            }
        }
        containments(rules, first, findings);
        unnoted(rules, findings);
        return findings;
    }

    /** Runs each phrase through the index: any other phrase found inside it is contained in it. */
    private static void containments(RuleSet rules, Map<List<String>, Place> first, List<Finding> findings) {
        PhraseIndex index = rules.drafts().index();
        Map<Integer, List<String>> wordsOf = new HashMap<>();
        for (List<String> words : first.keySet()) {
            wordsOf.put(index.scan(tokensOf(words)).stream().filter(m -> m.firstToken() == 0
                    && m.lastToken() == words.size() - 1).findFirst().orElseThrow().phrase(), words);
        }
        for (Map.Entry<List<String>, Place> entry : first.entrySet()) {
            List<String> words = entry.getKey();
            Place longer = entry.getValue();
            Set<String> said = new HashSet<>();
            for (PhraseIndex.Match match : index.scan(tokensOf(words))) {
                if (match.lastToken() - match.firstToken() + 1 == words.size()) {
                    continue;
                }
                Place shorter = first.get(wordsOf.get(match.phrase()));
                if (shorter == null) {
                    continue; // only an "unlessOnLine" phrase: it finds nothing
                }
                if (shorter.phrase().place() == DraftRule.Place.WHOLE_LINE) {
                    continue; // alone on a line: never on the same line as a longer phrase around it
                }
                if (!said.add(shorter.describe())) {
                    continue;
                }
                findings.add(warning(longer, Finding.Kind.CONTAINED_PHRASE, shorter.rule() == longer.rule()
                        ? "contains " + shorter.describe() + " of the same rule, which already matches wherever this "
                        + "does; remove the longer phrase."
                        : "contains " + shorter.describe() + ", so a line with it is noted by both " + longer.rule().id()
                        + " and " + shorter.rule().id() + "; narrow one of them."));
            }
        }
    }

    private static void unnoted(RuleSet rules, List<Finding> findings) {
        Set<DraftRule> noted = new HashSet<>();
        rules.drafts().verdicts().values().stream().map(VerdictDrafts::noted).forEach(noted::addAll);
        for (DraftRule rule : rules.drafts().rules()) {
            if (!noted.contains(rule) && !rule.threat()) {
                findings.add(new Finding(Finding.Severity.WARNING, Finding.Kind.UNNOTED_DRAFT_RULE, rule.file(), rule.position(), rule.id(),
                        "no verdict lists this draft rule in its \"notes\", so it never notes a line; list it, or remove it."));
            }
        }
    }

    private static List<Tokens.Token> tokensOf(List<String> words) {
        List<Tokens.Token> tokens = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            tokens.add(new Tokens.Token(words.get(i), false, i, i + 1));
        }
        return tokens;
    }

    private static Finding warning(Place place, Finding.Kind kind, String message) {
        return new Finding(Finding.Severity.WARNING, kind, place.rule().file(), place.rule().phrases().get(place.index()).position(),
                place.rule().id() + "." + place.rule().phrases().get(place.index()).at(), message);
    }
}
