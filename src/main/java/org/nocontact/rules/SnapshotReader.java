package org.nocontact.rules;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nocontact.json.Position;
import org.nocontact.rules.drafts.DraftRule;
import org.nocontact.rules.drafts.DraftRules;
import org.nocontact.rules.drafts.LengthLimit;
import org.nocontact.rules.drafts.Spellings;
import org.nocontact.rules.drafts.VerdictDrafts;
import org.nocontact.rules.drafts.VerdictKind;

/** Reads a {@link RuleSetSnapshot} in the order {@link SnapshotWriter} wrote it: plain values only. */
final class SnapshotReader {
    static final int ALWAYS = 0;
    static final int ALL = 1;
    static final int ANY = 2;
    static final int NOT = 3;
    static final int REF = 4;
    static final int IS = 5;
    static final int IN = 6;
    static final int AT_LEAST = 7;
    static final int AT_MOST = 8;
    static final int INCLUDES_ANY = 9;
    static final int KNOWN = 10;
    static final int BOOLEAN = 'B';
    static final int NUMBER = 'I';
    static final int TEXT = 'S';
    /** No list in a rule set the loader accepts is longer; a count above it is a broken snapshot. */
    private static final int MAX_COUNT = 1 << 20;

    private final DataInputStream in;
    private final Map<String, Condition.Ref> definitions = new HashMap<>();

    SnapshotReader(DataInputStream in) {
        this.in = in;
    }

    RuleSet ruleSet() throws IOException {
        if (in.readInt() != RuleSetSnapshot.MAGIC || in.readInt() != RuleSetSnapshot.FORMAT) {
            throw new IOException("not a rule snapshot of format " + RuleSetSnapshot.FORMAT);
        }
        String name = in.readUTF();
        List<String> files = strings();
        Map<String, String> sources = stringMap();
        int days = in.readInt();
        Map<String, Condition> named = new LinkedHashMap<>();
        for (int i = count(); i > 0; i--) {
            named.put(in.readUTF(), condition());
        }
        List<Rule.Suggestion> advice = suggestions();
        List<Rule> rules = new ArrayList<>();
        Map<String, Rule> byId = new HashMap<>();
        for (int i = count(); i > 0; i--) {
            Rule rule = rule();
            rules.add(rule);
            byId.put(rule.id(), rule);
        }
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (int i = count(); i > 0; i--) {
            String profile = in.readUTF();
            String description = in.readUTF();
            List<Rule> precedence = strings().stream().map(id -> known(byId, id)).toList();
            profiles.put(profile, new Profile(profile, description, precedence));
        }
        String defaultProfile = in.readUTF();
        List<Invariant> invariants = new ArrayList<>();
        for (int i = count(); i > 0; i--) {
            invariants.add(new Invariant(in.readUTF(), in.readUTF(), strings(), condition(), in.readBoolean(),
                    Verdict.valueOf(in.readUTF()), in.readUTF(), position()));
        }
        return new RuleSet(name, files, sources, days, named, advice, rules, profiles, defaultProfile, invariants,
                drafts());
    }

    private Rule rule() throws IOException {
        return new Rule(in.readUTF(), condition(), Verdict.valueOf(in.readUTF()), template(), template(),
                suggestions(), PeriodAdvice.valueOf(in.readUTF()), strings(), in.readUTF(), position(), position());
    }

    /** Templates were checked when the snapshot was made: a placeholder not known now is a broken build. */
    private Template template() throws IOException {
        return Template.parse(in.readUTF(), unknown -> {
            throw new IllegalStateException("unknown placeholder {" + unknown + "}");
        });
    }

    private List<Rule.Suggestion> suggestions() throws IOException {
        List<Rule.Suggestion> suggestions = new ArrayList<>();
        for (int i = count(); i > 0; i--) {
            suggestions.add(new Rule.Suggestion(template(), condition()));
        }
        return suggestions;
    }

    private Condition condition() throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case ALWAYS -> new Condition.Always();
            case ALL -> new Condition.All(parts());
            case ANY -> new Condition.Any(parts());
            case NOT -> new Condition.Not(condition());
            case REF -> reference();
            case IS -> new Condition.Is(fact(), value());
            case IN -> new Condition.In(fact(), values());
            case AT_LEAST -> new Condition.AtLeast(fact(), in.readInt());
            case AT_MOST -> new Condition.AtMost(fact(), in.readInt());
            case INCLUDES_ANY -> new Condition.IncludesAny(fact(), new HashSet<>(strings()));
            case KNOWN -> new Condition.Known(fact(), in.readBoolean());
            default -> throw new IOException("unknown condition tag " + tag);
        };
    }

    private Condition.Ref reference() throws IOException {
        String name = in.readUTF();
        if (!in.readBoolean()) {
            return known(definitions, name);
        }
        long size = in.readLong();
        Condition.Ref ref = new Condition.Ref(name, condition(), size);
        definitions.put(name, ref);
        return ref;
    }

    private List<Condition> parts() throws IOException {
        List<Condition> parts = new ArrayList<>();
        for (int i = count(); i > 0; i--) {
            parts.add(condition());
        }
        return parts;
    }

    private Fact fact() throws IOException {
        return Fact.valueOf(in.readUTF());
    }

    private Object value() throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case BOOLEAN -> in.readBoolean();
            case NUMBER -> in.readInt();
            case TEXT -> in.readUTF();
            default -> throw new IOException("unknown value tag " + tag);
        };
    }

    private Set<Object> values() throws IOException {
        Set<Object> values = new HashSet<>();
        for (int i = count(); i > 0; i--) {
            values.add(value());
        }
        return values;
    }

    private DraftRules drafts() throws IOException {
        if (!in.readBoolean()) {
            return DraftRules.NONE;
        }
        String file = in.readUTF();
        List<DraftRule> rules = new ArrayList<>();
        Map<String, DraftRule> byId = new HashMap<>();
        for (int i = count(); i > 0; i--) {
            DraftRule rule = draftRule();
            rules.add(rule);
            byId.put(rule.id(), rule);
        }
        Map<VerdictKind, VerdictDrafts> verdicts = new LinkedHashMap<>();
        for (int i = count(); i > 0; i--) {
            Verdict verdict = Verdict.valueOf(in.readUTF());
            List<DraftRule> noted = strings().stream().map(id -> known(byId, id)).toList();
            Optional<LengthLimit> tooLong = in.readBoolean() ? Optional.of(lengthLimit()) : Optional.empty();
            verdicts.put(verdict, new VerdictDrafts(verdict, noted, tooLong, optional(), optional(), stringMap(), stringMap(),
                    optional()));
        }
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        for (int i = count(); i > 0; i--) {
            spellings.put(in.readUTF(), strings());
        }
        return DraftRules.indexed(file, rules, verdicts, new Spellings(spellings));
    }

    private DraftRule draftRule() throws IOException {
        String id = in.readUTF();
        List<DraftRule.Phrase> phrases = new ArrayList<>();
        for (int i = count(); i > 0; i--) {
            phrases.add(new DraftRule.Phrase(in.readUTF(), strings(), position(), in.readUTF(),
                    DraftRule.Place.values()[in.readUnsignedByte()]));
        }
        return new DraftRule(id, phrases, in.readUTF(), in.readUTF(), strings(), in.readBoolean(), in.readUTF(),
                position());
    }

    private LengthLimit lengthLimit() throws IOException {
        return new LengthLimit(in.readUTF(), in.readInt(), in.readUTF(), in.readUTF(), strings(), position());
    }

    private Optional<String> optional() throws IOException {
        return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    }

    private Position position() throws IOException {
        return new Position(in.readInt(), in.readInt());
    }

    private List<String> strings() throws IOException {
        List<String> strings = new ArrayList<>();
        for (int i = count(); i > 0; i--) {
            strings.add(in.readUTF());
        }
        return strings;
    }

    private Map<String, String> stringMap() throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = count(); i > 0; i--) {
            map.put(in.readUTF(), in.readUTF());
        }
        return map;
    }

    private int count() throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("a count of " + count + " is out of range");
        }
        return count;
    }

    private static <T> T known(Map<String, T> byName, String name) {
        T found = byName.get(name);
        if (found == null) {
            throw new IllegalStateException("\"" + name + "\" is named before it is defined");
        }
        return found;
    }
}
