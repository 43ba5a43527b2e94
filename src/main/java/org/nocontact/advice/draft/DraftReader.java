package org.nocontact.advice.draft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nocontact.text.Texts;
import org.nocontact.rules.Verdict;
import org.nocontact.rules.drafts.DraftRule;
import org.nocontact.rules.drafts.DraftRules;
import org.nocontact.rules.drafts.LengthLimit;
import org.nocontact.rules.drafts.VerdictDrafts;
import org.nocontact.rules.drafts.Tokens;

/**
 * Reads a draft under a verdict with the rule set's draft rules: each line once through the phrase
 * index (spellings set straight first), one note per line and kind of line (at its first
 * occurrence), and a note on the whole draft when it is longer than the verdict's purpose needs.
 * The words the person could use, or what they read about a draft that stays unsent, follow the
 * deciding rule where the draft rules say so. Time is linear in the draft's length.
 */
public final class DraftReader {
    /** In an unsent text, stands for the line that threatens to turn up: its number and its words. */
    public static final String THREAT_LINE = "{threatLine}";
    private static final int QUOTED = 80;

    private final DraftRules rules;

    public DraftReader(DraftRules rules) {
        this.rules = rules;
    }

    public DraftReview review(String message, Verdict verdict) {
        return review(message, verdict, "");
    }

    /** Reads the draft under the verdict that the rule {@code decidedBy} gave. */
    public DraftReview review(String message, Verdict verdict, String decidedBy) {
        return review(message, verdict, decidedBy, false);
    }

    /** Reads the draft under the verdict that the rule {@code decidedBy} gave; {@code reply}: it answers a message of theirs. */
    public DraftReview review(String message, Verdict verdict, String decidedBy, boolean reply) {
        Optional<VerdictDrafts> policy = rules.forVerdict(verdict);
        if (policy.isEmpty()) {
            return new DraftReview(message, false, List.of(), Optional.empty(), Optional.empty());
        }
        VerdictDrafts drafts = policy.get();
        Optional<Verdict> readAs = drafts.readAs(decidedBy).map(Verdict::valueOf);
        if (!drafts.reviews() && readAs.isPresent()) {
            // The one message this rule's advice allows: read as that verdict reads a draft.
            return review(message, readAs.get(), decidedBy, reply);
        }
        if (!drafts.reviews()) {
            return new DraftReview(message, false, List.of(), Optional.empty(),
                    drafts.unsent(decidedBy).map(text -> withThreatLine(text, message)));
        }
        Set<DraftRule> noted = identitySet();
        noted.addAll(drafts.noted());
        List<DraftNote> notes = new ArrayList<>();
        List<String> lines = lines(message);
        int words = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            words += (int) Tokens.tokens(line).stream().filter(token -> !token.emoji()).count();
            notes.addAll(lineNotes(i + 1, line, noted));
        }
        if (drafts.tooLong().isPresent() && words > drafts.tooLong().get().maxWords()) {
            LengthLimit limit = drafts.tooLong().get();
            notes.add(new DraftNote(DraftNote.WHOLE_DRAFT, 0, message.codePointCount(0, message.length()), limit.id(),
                    limit.text(), limit.instead(), limit.sources(), ""));
        }
        notes.sort(Comparator.comparingInt(DraftNote::line).thenComparingInt(DraftNote::column));
        return new DraftReview(message, true, notes, drafts.wordsYouCouldUse(decidedBy, reply), Optional.empty());
    }

    private List<DraftNote> lineNotes(int number, String line, Set<DraftRule> noted) {
        List<DraftNote> notes = new ArrayList<>();
        Set<DraftRule> done = identitySet();
        for (DraftRules.Finding finding : rules.find(number, line)) {
            DraftRule rule = finding.rule();
            if (noted.contains(rule) && done.add(rule)) {
                int start = finding.tokens().get(finding.match().firstToken()).start();
                int end = finding.tokens().get(finding.match().lastToken()).end();
                notes.add(new DraftNote(number, line.codePointCount(0, start) + 1, line.codePointCount(start, end),
                        rule.id(), rule.text(), rule.instead(), rule.sources(), line.substring(start, end)));
            }
        }
        return notes;
    }

    /** Names the line that threatens to turn up, where the text asks for it. */
    private String withThreatLine(String text, String message) {
        if (!text.contains(THREAT_LINE)) {
            return text;
        }
        String line = rules.threat(message).map(f -> f.line() + " (\"" + Texts.abbreviate(
                Tokens.lines(message).get(f.line() - 1).strip(), QUOTED) + "\")").orElse("");
        return text.replace(THREAT_LINE, line);
    }

    /** Rules are compared by identity: hashing a rule would hash all its phrases, at every match. */
    private static Set<DraftRule> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** Splits at \n, \r\n and \r; a final line break does not start another line. */
    static List<String> lines(String message) {
        return Tokens.lines(message);
    }
}
