package org.nocontact.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/** Evaluates two rule sets on the same situations and groups the differences as FROM -> TO. */
public final class Differ {
    /** One group of changes: how many situations, and the first of them as an example. */
    public record Group(String profile, Verdict from, Verdict to, long count, long firstIndex, Situation example) {
    }

    public record CaseChange(TestCase testCase, Verdict from, Verdict to) {
    }

    /** {@code stride} > 1 when the rule sets were large and one situation in {@code stride} was tried. */
    public record Report(long situations, long stride, List<Group> groups, List<CaseChange> cases) {
        public long changed() {
            return groups.stream().mapToLong(Group::count).sum();
        }
    }

    private Differ() {
    }

    public static Report diff(RuleSet base, RuleSet changed, List<TestCase> cases) {
        SituationSpace space = new SituationSpace();
        Map<String, Group> groups = new ConcurrentHashMap<>();
        List<String> profiles = base.profileNames().stream().filter(p -> changed.profile(p).isPresent()).toList();
        long stride = SituationSpace.stride(Math.max(base.totalConditionSize(), changed.totalConditionSize()));
        long valid = LongStream.range(0, space.samples(stride)).map(k -> k * stride).parallel().filter(i -> {
            Optional<Situation> s = space.at(i);
            if (s.isEmpty()) {
                return false;
            }
            Facts baseFacts = base.factsOf(s.get());
            Facts changedFacts = base.defaultNoContactDays() == changed.defaultNoContactDays()
                    ? baseFacts : changed.factsOf(s.get());
            for (String profile : profiles) {
                Verdict from = decide(base.profile(profile).orElseThrow(), baseFacts);
                Verdict to = decide(changed.profile(profile).orElseThrow(), changedFacts);
                if (from != to) {
                    groups.merge(profile + " " + from + " " + to, new Group(profile, from, to, 1, i, s.get()),
                            (a, b) -> new Group(a.profile(), a.from(), a.to(), a.count() + b.count(),
                                    Math.min(a.firstIndex(), b.firstIndex()),
                                    a.firstIndex() <= b.firstIndex() ? a.example() : b.example()));
                }
            }
            return true;
        }).count();
        List<CaseChange> caseChanges = new ArrayList<>();
        for (TestCase c : cases) {
            String profile = c.profile().orElse(base.defaultProfile());
            if (base.profile(profile).isEmpty() || changed.profile(profile).isEmpty()) {
                continue;
            }
            Verdict from = decide(base.profile(profile).get(), base.factsOf(c.situation()));
            Verdict to = decide(changed.profile(profile).get(), changed.factsOf(c.situation()));
            if (from != to) {
                caseChanges.add(new CaseChange(c, from, to));
            }
        }
        List<Group> sorted = new ArrayList<>(new TreeMap<>(groups).values());
        sorted.sort((a, b) -> Long.compare(b.count(), a.count()));
        return new Report(valid * profiles.size(), stride, sorted, caseChanges);
    }

    /** The first rule that applies; no trace is kept, since only the verdict is compared. */
    static Verdict decide(Profile profile, Facts facts) {
        for (Rule rule : profile.precedence()) {
            if (rule.appliesTo(facts)) {
                return rule.verdict();
            }
        }
        throw new IllegalStateException("profile " + profile.name() + " gave no verdict");
    }
}
