package org.nocontact.advice.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nocontact.rules.Verdict;
import org.nocontact.rules.drafts.DraftRule;
import org.nocontact.rules.drafts.DraftRules;
import org.nocontact.rules.drafts.LengthLimit;
import org.nocontact.rules.drafts.PhraseIndex;
import org.nocontact.rules.drafts.VerdictDrafts;
import org.nocontact.rules.drafts.Words;

/**
 * Reads a draft under a verdict with the rule set's draft rules: each line once through the phrase
 * index, one note per line and kind of line (at its first occurrence), and a note on the whole
 * draft when it is longer than the verdict's purpose needs. Time is linear in the draft's length.
 */
public final class DraftReader {
    private final DraftRules rules;

    public DraftReader(DraftRules rules) {
        this.rules = rules;
    }

    public DraftReview review(String message, Verdict verdict) {
        Optional<VerdictDrafts> policy = rules.forVerdict(verdict);
        if (policy.isEmpty()) {
            return new DraftReview(message, false, List.of(), Optional.empty(), Optional.empty());
        }
        VerdictDrafts drafts = policy.get();
        if (!drafts.reviews()) {
            return new DraftReview(message, false, List.of(), Optional.empty(), drafts.unsent());
        }
        Set<DraftRule> noted = identitySet();
        noted.addAll(drafts.noted());
        List<DraftNote> notes = new ArrayList<>();
        List<String> lines = lines(message);
        int words = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            List<Words.Token> tokens = Words.tokens(line);
            words += (int) tokens.stream().filter(token -> !token.emoji()).count();
            notes.addAll(lineNotes(i + 1, line, tokens, noted));
        }
        if (drafts.tooLong().isPresent() && words > drafts.tooLong().get().maxWords()) {
            LengthLimit limit = drafts.tooLong().get();
            notes.add(new DraftNote(DraftNote.WHOLE_DRAFT, 0, message.codePointCount(0, message.length()), limit.id(),
                    limit.text(), limit.instead(), limit.sources(), ""));
        }
        notes.sort(Comparator.comparingInt(DraftNote::line).thenComparingInt(DraftNote::column));
        return new DraftReview(message, true, notes, drafts.wordsYouCouldUse(), Optional.empty());
    }

    private List<DraftNote> lineNotes(int number, String line, List<Words.Token> tokens, Set<DraftRule> noted) {
        List<DraftNote> notes = new ArrayList<>();
        Set<DraftRule> done = identitySet();
        for (PhraseIndex.Match match : rules.index().scan(tokens)) {
            for (DraftRules.Owner owner : rules.owners().get(match.phrase())) {
                DraftRule rule = owner.rule();
                if (noted.contains(rule) && (!owner.atLineEnd() || endsLine(tokens, match.lastToken())) && done.add(rule)) {
                    int start = tokens.get(match.firstToken()).start();
                    int end = tokens.get(match.lastToken()).end();
                    notes.add(new DraftNote(number, line.codePointCount(0, start) + 1, line.codePointCount(start, end),
                            rule.id(), rule.text(), rule.instead(), rule.sources(), line.substring(start, end)));
                }
            }
        }
        return notes;
    }

    /** Whether no word follows the token on its line (emoji and punctuation may). */
    private static boolean endsLine(List<Words.Token> tokens, int token) {
        return tokens.subList(token + 1, tokens.size()).stream().allMatch(Words.Token::emoji);
    }

    /** Rules are compared by identity: hashing a rule would hash all its phrases, at every match. */
    private static Set<DraftRule> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** Splits at \n, \r\n and \r; a final line break does not start another line. */
    static List<String> lines(String message) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = message.length();
        for (int i = 0; i < n; i++) {
            char c = message.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(message.substring(start, i));
                if (c == '\r' && i + 1 < n && message.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n || lines.isEmpty()) {
            lines.add(message.substring(start));
        }
        return lines;
    }
}
