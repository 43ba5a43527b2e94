package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.TestSituations.exWrote;
import static org.nocontact.TestSituations.period;
import static org.nocontact.TestSituations.read;
import static org.nocontact.TestSituations.ready;
import static org.nocontact.TestSituations.set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.BuiltIn;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/** What the advisor puts together around the deciding rule: the changes shown, the drafts read, the help. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdvisorTest {
    final BuiltIn builtIn = BuiltIn.load();

    static ObjectNode base() {
        return set(org.nocontact.TestSituations.base(), "breakup.date", "2026-12-28");
    }

    /** Situations of every verdict, with few and with many changes that would change it. */
    static List<Situation> situations() {
        List<ObjectNode> nodes = new ArrayList<>(List.of(base(), set(base(), "goal", "unsure"), set(base(), "plan.action", "gift"),
                ready(period(set(base(), "today", "2027-05-01"), "2027-04-01", 30)),
                set(ready(period(set(base(), "today", "2027-05-01"), "2027-04-01", 30)), "goal", "friends"),
                exWrote(set(base(), "plan.purpose", "greeting"), "personal"),
                exWrote(set(set(base(), "plan.purpose", "logistics"), "plan.action", "reply"), "logistics"),
                set(set(base(), "plan.purpose", "logistics"), "goal", "move-on"),
                set(set(base(), "breakup.initiatedBy", "me"), "breakup.feelingsExpressed", false),
                set(set(base(), "today", "2027-02-14"), "plan.action", "letter")));
        ObjectNode withTie = set(base(), "plan.purpose", "logistics");
        withTie.putArray("ties").add("belongings");
        nodes.add(withTie);
        // ready, with belongings and their practical message: four changes reach another verdict
        ObjectNode readyWithATie = exWrote(ready(period(set(base(), "today", "2027-05-01"), "2027-04-01", 30)), "logistics");
        readyWithATie.putArray("ties").add("belongings");
        nodes.add(readyWithATie);
        return nodes.stream().map(org.nocontact.TestSituations::read).toList();
    }

    @Test
    void adviceWithoutChangesIsTheSameAdviceWithNoChangesListed() {
        int withChanges = 0;
        for (Advisor advisor : List.of(builtIn.standard(), builtIn.strict())) {
            for (Situation s : situations()) {
                Recommendation full = advisor.advise(s);
                Recommendation lean = advisor.adviseWithoutChanges(s);
                withChanges += full.wouldChange().isEmpty() ? 0 : 1;
                assertThat(lean.wouldChange()).isEmpty();
                assertThat(new Recommendation(lean.verdict(), lean.summary(), lean.today(), lean.reconsiderOn(),
                        lean.reasons(), lean.overridden(), lean.doInstead(), full.wouldChange(), lean.profile(),
                        lean.sourceDescriptions(), full.evaluation(), lean.draft())).isEqualTo(full);
                assertThat(lean.evaluation().outcomes()).isEqualTo(full.evaluation().outcomes());
            }
        }
        assertThat(withChanges).as("situations whose full advice lists changes").isGreaterThan(5);
    }

    @Test
    void eachOtherVerdictIsShownOnceBeforeAnyIsShownAgainAndNoMoreThanFour() {
        Set<Integer> sizes = new java.util.TreeSet<>();
        for (Advisor advisor : List.of(builtIn.standard(), builtIn.strict())) {
            for (Situation s : situations()) {
                Recommendation r = advisor.advise(s);
                List<Verdict> shown = r.wouldChange().stream().map(Recommendation.Change::verdict).toList();
                Set<Verdict> reached = EnumSet.noneOf(Verdict.class);
                for (Counterfactuals.Candidate c : Counterfactuals.of(s, advisor.rules().defaultNoContactDays(),
                        x -> advisor.evaluate(x).verdict())) {
                    reached.add(advisor.advise(c.situation()).verdict());
                }
                reached.remove(r.verdict());
                int distinct = reached.size();
                assertThat(Set.copyOf(shown.subList(0, Math.min(distinct, shown.size()))))
                        .as("%s: every verdict a change reaches, first", s).isEqualTo(reached);
                assertThat(shown).as("%s", s).hasSizeLessThanOrEqualTo(Advisor.MAX_CHANGES).doesNotContain(r.verdict());
                sizes.add(shown.size());
            }
        }
        assertThat(sizes).as("some situations fill the list").contains(Advisor.MAX_CHANGES);
    }

    @Test
    void aChangeSaysWhatItsVerdictWouldSay() {
        Situation s = read(ready(period(set(base(), "today", "2027-05-01"), "2027-04-01", 30)));
        Recommendation r = builtIn.standard().advise(s);
        assertThat(r.wouldChange()).isNotEmpty().allSatisfy(change -> {
            Situation changed = Counterfactuals.of(s, 30, x -> builtIn.standard().evaluate(x).verdict()).stream().filter(c -> c.description().equals(change.change()))
                    .findFirst().orElseThrow().situation();
            assertThat(change.summary()).isEqualTo(builtIn.standard().advise(changed).summary());
        });
    }

    @Test
    void someoneWhoEndedItIsNeverToldThatHoldingNoContactWouldChangeTheirValentinesAdvice() {
        // tour F28: he ended it and wants her back; the advice begins no period, so none is offered as a change
        ObjectNode s = set(set(base(), "breakup.initiatedBy", "me"), "breakup.feelingsExpressed", false);
        set(set(s, "today", "2026-12-07"), "breakup.date", "2026-11-16");
        Recommendation r = builtIn.standard().advise(read(set(s, "plan.occasion", "valentines-day")));
        assertThat(r.wouldChange()).extracting(Recommendation.Change::change)
                .containsExactly("If it were an ordinary day, not Valentine's Day")
                .noneMatch(change -> change.contains("hold no contact"));
    }

    @Test
    void someoneWhoEndedItAndHoldsAPeriodIsNotToldItsEndWouldChangeTheirValentinesAdvice() {
        // tour12 F10: tomorrow already changes it; the period's end (24 February) is not what opens it
        ObjectNode s = set(set(base(), "breakup.initiatedBy", "me"), "breakup.feelingsExpressed", false);
        set(set(s, "today", "2027-02-14"), "breakup.date", "2027-01-20");
        Recommendation r = builtIn.standard().advise(read(period(s, "2027-01-25", 30)));
        assertThat(r.wouldChange()).extracting(Recommendation.Change::change)
                .containsExactly("If it were an ordinary day, not Valentine's Day");
    }

    @Test
    void someoneAdvisedToBeginNoContactIsStillShownThatHoldingItWouldChangeTheAdvice() {
        Recommendation r = builtIn.standard().advise(read(ready(base())));
        assertThat(r.wouldChange()).extracting(Recommendation.Change::change)
                .anyMatch(change -> change.startsWith("If you hold no contact from today until"));
    }

    @Test
    void aSafetyVerdictOffersNoChangeAndGivesTheHelpLines() {
        Recommendation r = builtIn.standard().advise(read(set(base(), "safety.selfHarm", true)));
        assertThat(r.verdict()).isEqualTo(Verdict.SEEK_SUPPORT);
        assertThat(r.wouldChange()).isEmpty();
        assertThat(HelpLines.builtIn().forRecommendation(r, Country.ofCode("GB"))).hasValueSatisfying(help ->
                assertThat(help.lines()).extracting(Help.Line::kind).containsExactly(Help.Kind.EMERGENCY, Help.Kind.CRISIS));
        Recommendation ordinary = builtIn.standard().advise(read(base()));
        assertThat(HelpLines.builtIn().forRecommendation(ordinary, Country.ofCode("GB"))).isEmpty();
    }

    @Test
    void draftsAreReadLineByLineOnlyWhereContactIsAdvised() {
        Advisor advisor = builtIn.standard();
        assertThat(EnumSet.allOf(Verdict.class).stream().filter(advisor::readsDraftsUnder))
                .containsExactlyInAnyOrder(Verdict.LOGISTICS_ONLY, Verdict.RESPOND_BRIEFLY, Verdict.REACH_OUT);
        assertThat(advisor.profile().name()).isEqualTo("standard");
        assertThat(builtIn.strict().advise(read(base())).profile()).isEqualTo("strict");
        Recommendation r = advisor.advise(read(set(base(), "plan.message", "i miss you")));
        assertThat(r.draft()).hasValueSatisfying(d -> assertThat(d.message()).isEqualTo("i miss you"));
        assertThat(advisor.advise(read(base())).draft()).isEqualTo(Optional.empty());
    }

    @Test
    void theRecommendationCarriesTheDayTheSourcesAndTheEvaluation() {
        Recommendation r = builtIn.standard().advise(read(base()));
        assertThat(r.today()).isEqualTo(java.time.LocalDate.of(2027, 3, 10));
        assertThat(r.sourceDescriptions()).containsKeys("no-contact-guide", "contact-or-not");
        assertThat(r.evaluation().decider().id()).isEqualTo(r.reasons().get(0).rule());
        assertThat(r.summary()).isEqualTo(r.evaluation().decider().summary().render(r.evaluation().facts()));
        assertThat(r.doInstead()).isNotEmpty().doesNotHaveDuplicates();
    }
}
