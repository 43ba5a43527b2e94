package org.nocontact.rules.drafts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * A rule set's draft rules, loaded from the file that ruleset.json names in "drafts": the kinds of
 * line, what each verdict does with a draft, the spellings set straight before matching, and the
 * {@link Matcher}: all phrases in one index ({@link #owners()} maps each phrase of the index to the
 * rules that list it, and whether there it counts only at a line's end), made from the rules at the
 * first draft read, so a check without a draft never builds it.
 */
public record DraftRules(
        Optional<String> file,
        List<DraftRule> rules,
        Map<VerdictKind, VerdictDrafts> verdicts,
        Spellings spellings,
        Matcher matcher) {

    /** A rule that lists a phrase, and where on a line it counts for that rule. */
    public record Owner(DraftRule rule, DraftRule.Place place) {
    }

    /** A phrase found on a line by a rule: the line (from 1), its tokens, and the match. */
    public record Finding(int line, List<Tokens.Token> tokens, PhraseIndex.Match match, DraftRule rule) {
    }

    public static final DraftRules NONE = new DraftRules(Optional.empty(), List.of(), Map.of(), Spellings.NONE,
            new Matcher(List.of()));

    public DraftRules {
        rules = List.copyOf(rules);
        verdicts = Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
    }

    /** The draft rules of a file; their phrases are indexed at the first draft read. */
    public static DraftRules indexed(String file, List<DraftRule> rules, Map<VerdictKind, VerdictDrafts> verdicts,
                                     Spellings spellings) {
        return new DraftRules(Optional.of(file), rules, verdicts, spellings, new Matcher(rules));
    }

    /** The phrase index of every rule's phrases (built now if no draft was read yet). */
    public PhraseIndex index() {
        return matcher.built().index();
    }

    /** For each phrase of the index, the rules that list it. */
    public List<List<Owner>> owners() {
        return matcher.built().owners();
    }

    /**
     * Every phrase of the rules in one index, in the rules' order, made once, when first needed: a
     * phrase two rules list is one phrase of the index, owned by both; a rule that lists a phrase
     * both anywhere and at a line's end owns it once, anywhere. Equal when made from equal rules.
     */
    public static final class Matcher {
        private final List<DraftRule> rules;
        private volatile Built built;
        private volatile Map.Entry<String, Boolean> lastThreat;

        private record Built(PhraseIndex index, List<List<Owner>> owners) {
        }

        Matcher(List<DraftRule> rules) {
            this.rules = List.copyOf(rules);
        }

        private Built built() {
            Built made = built;
            if (made == null) {
                synchronized (this) {
                    if (built == null) {
                        built = build(rules);
                    }
                    made = built;
                }
            }
            return made;
        }

        /**
         * Whether the last draft asked about threatens, else {@code read}: the facts of one situation
         * are worked out on every day of a projected year, each time with the same draft.
         */
        private boolean threatens(String message, BooleanSupplier read) {
            Map.Entry<String, Boolean> last = lastThreat;
            if (last != null && last.getKey().equals(message)) {
                return last.getValue();
            }
            boolean threatens = read.getAsBoolean();
            lastThreat = Map.entry(message, threatens);
            return threatens;
        }

        /** Whether the index was made yet (for the test that a check without a draft never makes it). */
        boolean isBuilt() {
            return built != null;
        }

        private static Built build(List<DraftRule> rules) {
            PhraseIndex index = new PhraseIndex();
            List<List<Owner>> owners = new ArrayList<>();
            for (DraftRule rule : rules) {
                for (DraftRule.Phrase phrase : rule.phrases()) {
                    int at = phrase.hasGap() ? index.addGapped(phrase.beforeGap(), phrase.afterGap()) : index.add(phrase.words());
                    while (owners.size() <= at) {
                        owners.add(new ArrayList<>());
                    }
                    if (owners.get(at).stream().noneMatch(o -> o.rule() == rule)) {
                        owners.get(at).add(new Owner(rule, phrase.place()));
                    }
                }
            }
            return new Built(index.freeze(), owners.stream().map(List::copyOf).toList());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Matcher matcher && matcher.rules.equals(rules);
        }

        @Override
        public int hashCode() {
            return rules.hashCode();
        }

        @Override
        public String toString() {
            return "Matcher[" + rules.size() + " rules]";
        }
    }

    /** What a verdict does with a draft; empty when the rule set has no draft rules. */
    public Optional<VerdictDrafts> forVerdict(VerdictKind verdict) {
        return Optional.ofNullable(verdicts.get(verdict));
    }

    /** A line's words and emoji as phrases are matched against them: spellings set straight. */
    public List<Tokens.Token> tokens(String line) {
        return spellings.apply(Tokens.tokens(line));
    }

    /**
     * Every phrase a rule finds on a line, with the rule, in order of where it ends (a phrase
     * listed only at a line's end, or alone on a line, counts only there; a rule with one of its
     * "unlessOnLine" phrases on the line finds nothing there). Linear in the line's length.
     */
    public List<Finding> find(int lineNumber, String line) {
        List<Tokens.Token> tokens = tokens(line);
        List<Finding> found = new ArrayList<>();
        List<DraftRule> unless = new ArrayList<>();
        for (PhraseIndex.Match match : index().scan(tokens)) {
            for (Owner owner : owners().get(match.phrase())) {
                if (owner.place() == DraftRule.Place.UNLESS) {
                    unless.add(owner.rule());
                } else if (counts(owner.place(), tokens, match)) {
                    found.add(new Finding(lineNumber, tokens, match, owner.rule()));
                }
            }
        }
        if (!unless.isEmpty()) {
            found.removeIf(finding -> unless.stream().anyMatch(rule -> rule == finding.rule()));
        }
        return found;
    }

    /** The first line a threat rule finds something on: to turn up, wait for them or find them. */
    public Optional<Finding> threat(String message) {
        if (rules.stream().noneMatch(DraftRule::threat)) {
            return Optional.empty();
        }
        List<String> lines = Tokens.lines(message);
        for (int i = 0; i < lines.size(); i++) {
            for (Finding finding : find(i + 1, lines.get(i))) {
                if (finding.rule().threat()) {
                    return Optional.of(finding);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether every draft threatens under these rules exactly when it does under the other's, so that
     * plan.messageThreatens, the one fact draft rules make, is the same on both: the same spellings, and
     * threat rules whose phrases match alike (ids, texts, sources, files and places in a file aside; two
     * loads of one file are alike, as are two copies of it in different folders). A rule's phrases are
     * compared in order, since a phrase listed twice counts where it is listed first.
     */
    public boolean threatensAlike(DraftRules other) {
        return spellings.equals(other.spellings) && threatPhrases().equals(other.threatPhrases());
    }

    /** What a phrase matches: its word keys, and where on a line it counts. */
    private record Matches(List<String> words, DraftRule.Place place) {
    }

    private Set<List<Matches>> threatPhrases() {
        return rules.stream().filter(DraftRule::threat)
                .map(rule -> rule.phrases().stream().map(p -> new Matches(p.words(), p.place())).toList())
                .collect(Collectors.toSet());
    }

    /** Whether a threat rule finds something in the draft (the last draft asked about is remembered). */
    public boolean threatens(String message) {
        return matcher.threatens(message, () -> threat(message).isPresent());
    }

    private static boolean counts(DraftRule.Place place, List<Tokens.Token> tokens, PhraseIndex.Match match) {
        return switch (place) {
            case ANYWHERE -> true;
            case LINE_END -> endsLine(tokens, match.lastToken());
            case WHOLE_LINE -> endsLine(tokens, match.lastToken()) && tokens.subList(0, match.firstToken()).stream()
                    .allMatch(Tokens.Token::emoji);
            case UNLESS -> false;
        };
    }

    /** Whether no word follows the token on its line (emoji and punctuation may). */
    private static boolean endsLine(List<Tokens.Token> tokens, int token) {
        return tokens.subList(token + 1, tokens.size()).stream().allMatch(Tokens.Token::emoji);
    }
}
