package org.nocontact.rules;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nocontact.json.Position;
import org.nocontact.rules.drafts.DraftRule;
import org.nocontact.rules.drafts.DraftRules;
import org.nocontact.rules.drafts.LengthLimit;
import org.nocontact.rules.drafts.VerdictDrafts;

/** Writes a checked rule set as a {@link RuleSetSnapshot}; {@link SnapshotReader} reads it back in the same order. */
public final class SnapshotWriter {
    private final DataOutputStream out;
    /** Definitions already written: a later reference to one is its name alone. */
    private final Set<String> definitionsWritten = new HashSet<>();

    private SnapshotWriter(DataOutputStream out) {
        this.out = out;
    }

    /** The snapshot of a checked rule set (the build's step is {@code cli/BuiltInRules.main}). */
    public static byte[] write(RuleSet rules) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream data = new DataOutputStream(bytes)) {
            new SnapshotWriter(data).ruleSet(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void ruleSet(RuleSet set) throws IOException {
        out.writeInt(RuleSetSnapshot.MAGIC);
        out.writeInt(RuleSetSnapshot.FORMAT);
        out.writeUTF(set.name());
        strings(set.files());
        stringMap(set.sources());
        out.writeInt(set.defaultNoContactDays());
        out.writeInt(set.definitions().size());
        for (Map.Entry<String, Condition> definition : sorted(set.definitions())) {
            out.writeUTF(definition.getKey());
            condition(definition.getValue());
        }
        suggestions(set.generalAdvice());
        out.writeInt(set.rules().size());
        for (Rule rule : set.rules()) {
            rule(rule);
        }
        out.writeInt(set.profiles().size());
        for (Profile profile : sorted(set.profiles()).stream().map(Map.Entry::getValue).toList()) {
            out.writeUTF(profile.name());
            out.writeUTF(profile.description());
            strings(profile.precedence().stream().map(Rule::id).toList());
        }
        out.writeUTF(set.defaultProfile());
        out.writeInt(set.invariants().size());
        for (Invariant invariant : set.invariants()) {
            invariant(invariant);
        }
        drafts(set.drafts());
    }

    private void rule(Rule rule) throws IOException {
        out.writeUTF(rule.id());
        condition(rule.when());
        out.writeUTF(rule.verdict().name());
        out.writeUTF(rule.summary().text());
        out.writeUTF(rule.reason().text());
        suggestions(rule.doInstead());
        out.writeUTF(rule.period().name());
        strings(rule.sources());
        out.writeUTF(rule.file());
        position(rule.position());
        position(rule.whenPosition());
    }

    private void invariant(Invariant invariant) throws IOException {
        out.writeUTF(invariant.id());
        out.writeUTF(invariant.description());
        strings(invariant.profiles());
        condition(invariant.when());
        out.writeBoolean(invariant.never());
        out.writeUTF(invariant.verdict().name());
        out.writeUTF(invariant.file());
        position(invariant.position());
    }

    private void suggestions(List<Rule.Suggestion> suggestions) throws IOException {
        out.writeInt(suggestions.size());
        for (Rule.Suggestion suggestion : suggestions) {
            out.writeUTF(suggestion.text().text());
            condition(suggestion.when());
        }
    }

    private void condition(Condition condition) throws IOException {
        if (condition instanceof Condition.Always) {
            out.writeByte(SnapshotReader.ALWAYS);
        } else if (condition instanceof Condition.All all) {
            parts(SnapshotReader.ALL, all.parts());
        } else if (condition instanceof Condition.Any any) {
            parts(SnapshotReader.ANY, any.parts());
        } else if (condition instanceof Condition.Not not) {
            out.writeByte(SnapshotReader.NOT);
            condition(not.part());
        } else if (condition instanceof Condition.Ref ref) {
            reference(ref);
        } else if (condition instanceof Condition.Is is) {
            fact(SnapshotReader.IS, is.fact());
            value(is.value());
        } else if (condition instanceof Condition.In in) {
            fact(SnapshotReader.IN, in.fact());
            out.writeInt(in.values().size());
            for (Object value : in.values().stream().sorted(Comparator.comparing(String::valueOf)).toList()) {
                value(value);
            }
        } else if (condition instanceof Condition.AtLeast atLeast) {
            fact(SnapshotReader.AT_LEAST, atLeast.fact());
            out.writeInt(atLeast.bound());
        } else if (condition instanceof Condition.AtMost atMost) {
            fact(SnapshotReader.AT_MOST, atMost.fact());
            out.writeInt(atMost.bound());
        } else if (condition instanceof Condition.IncludesAny includes) {
            fact(SnapshotReader.INCLUDES_ANY, includes.fact());
            strings(includes.names().stream().sorted().toList());
        } else if (condition instanceof Condition.Known known) {
            fact(SnapshotReader.KNOWN, known.fact());
            out.writeBoolean(known.known());
        } else {
            throw new IllegalArgumentException("a condition of an unexpected kind: " + condition);
        }
    }

    /** A definition's name; its condition too where the name comes for the first time. */
    private void reference(Condition.Ref ref) throws IOException {
        out.writeByte(SnapshotReader.REF);
        out.writeUTF(ref.name());
        boolean first = definitionsWritten.add(ref.name());
        out.writeBoolean(first);
        if (first) {
            out.writeLong(ref.expandedSize());
            condition(ref.definition());
        }
    }

    private void parts(int tag, List<Condition> parts) throws IOException {
        out.writeByte(tag);
        out.writeInt(parts.size());
        for (Condition part : parts) {
            condition(part);
        }
    }

    private void fact(int tag, Fact fact) throws IOException {
        out.writeByte(tag);
        out.writeUTF(fact.name());
    }

    private void value(Object value) throws IOException {
        if (value instanceof Boolean b) {
            out.writeByte(SnapshotReader.BOOLEAN);
            out.writeBoolean(b);
        } else if (value instanceof Integer i) {
            out.writeByte(SnapshotReader.NUMBER);
            out.writeInt(i);
        } else if (value instanceof String text) {
            out.writeByte(SnapshotReader.TEXT);
            out.writeUTF(text);
        } else {
            throw new IllegalArgumentException("a condition value of an unexpected kind: " + value);
        }
    }

    private void drafts(DraftRules drafts) throws IOException {
        out.writeBoolean(drafts.file().isPresent());
        if (drafts.file().isEmpty()) {
            return;
        }
        out.writeUTF(drafts.file().get());
        out.writeInt(drafts.rules().size());
        for (DraftRule rule : drafts.rules()) {
            draftRule(rule);
        }
        out.writeInt(drafts.verdicts().size());
        for (VerdictDrafts verdict : drafts.verdicts().values()) {
            out.writeUTF(((Verdict) verdict.verdict()).name());
            strings(verdict.noted().stream().map(DraftRule::id).toList());
            out.writeBoolean(verdict.tooLong().isPresent());
            if (verdict.tooLong().isPresent()) {
                lengthLimit(verdict.tooLong().get());
            }
            optional(verdict.wordsYouCouldUse());
            optional(verdict.unsent());
            stringMap(verdict.byRule());
            stringMap(verdict.readAs());
            optional(verdict.wordsForAReply());
        }
        out.writeInt(drafts.spellings().byKey().size());
        for (Map.Entry<String, List<String>> spelling : sorted(drafts.spellings().byKey())) {
            out.writeUTF(spelling.getKey());
            strings(spelling.getValue());
        }
    }

    private void draftRule(DraftRule rule) throws IOException {
        out.writeUTF(rule.id());
        out.writeInt(rule.phrases().size());
        for (DraftRule.Phrase phrase : rule.phrases()) {
            out.writeUTF(phrase.written());
            strings(phrase.words());
            position(phrase.position());
            out.writeUTF(phrase.at());
            out.writeByte(phrase.place().ordinal());
        }
        out.writeUTF(rule.text());
        out.writeUTF(rule.instead());
        strings(rule.sources());
        out.writeBoolean(rule.threat());
        out.writeUTF(rule.file());
        position(rule.position());
    }

    private void lengthLimit(LengthLimit limit) throws IOException {
        out.writeUTF(limit.id());
        out.writeInt(limit.maxWords());
        out.writeUTF(limit.text());
        out.writeUTF(limit.instead());
        strings(limit.sources());
        position(limit.position());
    }

    private void optional(Optional<String> text) throws IOException {
        out.writeBoolean(text.isPresent());
        if (text.isPresent()) {
            out.writeUTF(text.get());
        }
    }

    private void position(Position position) throws IOException {
        out.writeInt(position.line());
        out.writeInt(position.column());
    }

    private void strings(List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    private void stringMap(Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> entry : sorted(map)) {
            out.writeUTF(entry.getKey());
            out.writeUTF(entry.getValue());
        }
    }

    /** A map's entries by key: the same rule set always makes the same bytes (Map.copyOf's order changes from run to run). */
    private static <V> List<Map.Entry<String, V>> sorted(Map<String, V> map) {
        return map.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }
}
