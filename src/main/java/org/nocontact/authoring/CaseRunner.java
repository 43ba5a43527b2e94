package org.nocontact.authoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Recommendation;
import org.nocontact.json.InputException;
import org.nocontact.text.Texts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.situation.Situation;

/** Runs cases against a rule set and says, for each, what differed from what was expected. */
public final class CaseRunner {
    private final RuleSet rules;
    private final KnownDays known;

    public CaseRunner(RuleSet rules) {
        this(rules, (profile, situation) -> Optional.empty());
    }

    /** A runner that takes each case's day to look again from {@code known} where it is known. */
    public CaseRunner(RuleSet rules, KnownDays known) {
        this.rules = rules;
        this.known = known;
    }

    /**
     * The day to look again of a situation in a profile, where it was worked out before on the very same
     * rule files (`rules test` keeps them between runs); empty where it is not known.
     */
    @FunctionalInterface
    public interface KnownDays {
        Optional<Optional<LocalDate>> of(String profile, Situation situation);
    }

    /** The outcome of one case: its failures (none when it passed) and the evaluation behind it. */
    public record Result(TestCase testCase, List<String> failures, Recommendation actual) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /**
     * What makes a case wrong before it runs: a profile the rule set does not have, a rule id (in
     * decidedBy, applies, doesNotApply) that no rule has, or one in decidedBy or applies that is not
     * in the case's profile (it could never pass). A typo there would otherwise pass in silence
     * (doesNotApply) or read as an ordinary failure. That a rule of another profile does not apply
     * is a fair thing to state.
     */
    public List<InputException> problems(TestCase c) {
        return problems(new TestCase.Unloaded(c.name(), c.file(), c.position(), c.profile(), c.ruleRefs()));
    }

    /** As {@link #problems(TestCase)}, for what could be read of a case that did not load. */
    public List<InputException> problems(TestCase.Unloaded c) {
        String profileName = c.profile().orElse(rules.defaultProfile());
        Optional<Profile> profile = rules.profile(profileName);
        if (profile.isEmpty()) {
            return List.of(unknownProfile(c, profileName));
        }
        Set<String> inProfile = profile.get().precedence().stream().map(Rule::id).collect(Collectors.toSet());
        Set<String> inSet = rules.rules().stream().map(Rule::id).collect(Collectors.toSet());
        List<InputException> problems = new ArrayList<>();
        for (TestCase.RuleRef ref : c.ruleRefs()) {
            boolean mustApply = !ref.path().contains("doesNotApply");
            if (!inSet.contains(ref.id()) || mustApply && !inProfile.contains(ref.id())) {
                String why = inSet.contains(ref.id()) ? "is not in profile " + profileName + ", so it can never apply there"
                        : "is not a rule of this rule set" + Texts.nearest(ref.id(), inSet)
                        .map(n -> "; did you mean \"" + n + "\"?").orElse("");
                problems.add(InputException.at(c.file(), ref.path(), ref.position(), "case \"" + Texts.printable(c.name())
                        + "\": \"" + Texts.abbreviate(ref.id(), 64) + "\" " + why + (why.endsWith("?") ? "" : ".")));
            }
        }
        return problems;
    }

    private InputException unknownProfile(TestCase.Unloaded c, String profileName) {
        return InputException.at(c.file(), "profile", c.position(), "case \"" + Texts.printable(c.name())
                + "\": there is no profile \"" + profileName + "\"; use " + Texts.choices(rules.profileNames()) + ".");
    }

    public Result run(TestCase c) {
        String profileName = c.profile().orElse(rules.defaultProfile());
        Profile profile = rules.profile(profileName).orElseThrow(() -> unknownProfile(
                new TestCase.Unloaded(c.name(), c.file(), c.position(), c.profile(), c.ruleRefs()), profileName));
        Advisor advisor = new Advisor(rules, profile);
        // no case expects "what would change it", so it is not worked out
        Recommendation r = known.of(profileName, c.situation())
                .map(day -> advisor.adviseWithoutChanges(c.situation(), day))
                .orElseGet(() -> advisor.adviseWithoutChanges(c.situation()));
        List<String> failures = new ArrayList<>(failures(c.expect(), r));
        c.expect().ahead().ifPresent(ahead -> failures.addAll(ahead.failures(
                advisor.project(c.situation()).ahead(ahead.days()))));
        return new Result(c, failures, r);
    }

    private static List<String> failures(TestCase.Expectation e, Recommendation r) {
        List<String> failures = new ArrayList<>();
        if (e.verdict() != r.verdict()) {
            failures.add("verdict: expected " + e.verdict().name() + ", got " + r.verdict().name());
        }
        e.reconsiderOn().ifPresent(expected -> {
            if (!expected.equals(r.reconsiderOn())) {
                failures.add("reconsiderOn: expected " + show(expected) + ", got " + show(r.reconsiderOn()));
            }
        });
        String decider = r.evaluation().decider().id();
        e.decidedBy().filter(id -> !id.equals(decider))
                .ifPresent(id -> failures.add("decided by: expected " + id + ", got " + decider));
        Set<String> applied = r.evaluation().applied().stream().map(Rule::id).collect(Collectors.toSet());
        for (String id : e.applies()) {
            if (!applied.contains(id)) {
                failures.add("expected rule " + id + " to apply; it did not");
            }
        }
        for (String id : e.doesNotApply()) {
            if (applied.contains(id)) {
                failures.add("expected rule " + id + " not to apply; it did");
            }
        }
        String reasons = r.reasons().stream().map(Recommendation.Reason::text)
                .collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
        for (String phrase : e.reasonsContain()) {
            if (!reasons.contains(phrase.toLowerCase(Locale.ROOT))) {
                failures.add("expected the reasons to contain \"" + phrase + "\"");
            }
        }
        String doInstead = String.join("\n", r.doInstead()).toLowerCase(Locale.ROOT);
        for (String phrase : e.doInsteadContains()) {
            if (!doInstead.contains(phrase.toLowerCase(Locale.ROOT))) {
                failures.add("expected what to do instead to contain \"" + phrase + "\"");
            }
        }
        for (String phrase : e.doInsteadOmits()) {
            if (doInstead.contains(phrase.toLowerCase(Locale.ROOT))) {
                failures.add("expected what to do instead not to contain \"" + phrase + "\"");
            }
        }
        e.draft().ifPresent(draft -> failures.addAll(draft.failures(r.draft())));
        return failures;
    }

    private static String show(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("null");
    }
}
