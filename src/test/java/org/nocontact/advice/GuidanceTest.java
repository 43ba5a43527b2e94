package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.TestSituations.base;
import static org.nocontact.TestSituations.exWrote;
import static org.nocontact.TestSituations.period;
import static org.nocontact.TestSituations.read;
import static org.nocontact.TestSituations.ready;
import static org.nocontact.TestSituations.set;
import static org.nocontact.rules.Verdict.DO_NOT_CONTACT;
import static org.nocontact.rules.Verdict.LOGISTICS_ONLY;
import static org.nocontact.rules.Verdict.REACH_OUT;
import static org.nocontact.rules.Verdict.RESPOND_BRIEFLY;
import static org.nocontact.rules.Verdict.SEEK_SUPPORT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

/** Every row of guidance.md, its exceptions and its boundaries, against the shipped rules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidanceTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());

    Recommendation standard(ObjectNode s) {
        return new Advisor(rules, rules.profile("standard").orElseThrow()).advise(read(s));
    }

    Recommendation strict(ObjectNode s) {
        return new Advisor(rules, rules.profile("strict").orElseThrow()).advise(read(s));
    }

    static String decider(Recommendation r) {
        return r.reasons().get(0).rule();
    }

    @Nested
    class Row1Safety {
        @ParameterizedTest
        @ValueSource(strings = {"unsafe", "threatened", "selfHarm", "urgeToMonitor", "protectionOrder"})
        void anySafetyFlagSeeksSupport(String flag) {
            Recommendation r = standard(set(base(), "safety." + flag, true));
            assertThat(r.verdict()).isEqualTo(SEEK_SUPPORT);
            assertThat(r.reconsiderOn()).isEmpty();
            assertThat(r.wouldChange()).as("safety is never offered as something to change").isEmpty();
            assertThat(r.doInstead()).isNotEmpty();
        }

        @Test
        void safetyOutranksChildrensLogistics() {
            ObjectNode s = set(set(base(), "safety.threatened", true), "plan.purpose", "logistics");
            s.putArray("ties").add("children");
            Recommendation r = standard(s);
            assertThat(r.verdict()).isEqualTo(SEEK_SUPPORT);
            assertThat(r.reasons().get(0).text()).contains("lawyer", "mediator", "court");
        }

        @Test
        void safetyOutranksEverythingElseInBothProfiles() {
            ObjectNode s = ready(set(set(base(), "safety.selfHarm", true), "boundaries.blocked", true));
            set(s, "plan.action", "gift");
            assertThat(standard(s).verdict()).isEqualTo(SEEK_SUPPORT);
            assertThat(strict(s).verdict()).isEqualTo(SEEK_SUPPORT);
            assertThat(standard(s).overridden()).extracting(Recommendation.Overridden::by)
                    .containsOnly("safety-self-harm");
        }

        @Test
        void selfHarmPointsToACrisisLine() {
            Recommendation r = standard(set(base(), "safety.selfHarm", true));
            assertThat(String.join(" ", r.doInstead())).contains("crisis line", "emergency");
        }
    }

    @Nested
    class Row2Boundaries {
        @ParameterizedTest
        @CsvSource({"exAskedNoContact,respect-their-boundary", "blocked,respect-their-block"})
        void theirBoundaryMeansNoContactWithNoDate(String flag, String rule) {
            Recommendation r = standard(ready(set(base(), "boundaries." + flag, true)));
            assertThat(r.verdict()).isEqualTo(DO_NOT_CONTACT);
            assertThat(decider(r)).isEqualTo(rule);
            assertThat(r.reconsiderOn()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"children", "home", "finances"})
        void sharedResponsibilitiesStillGetLogisticsInWriting(String tie) {
            ObjectNode s = set(set(base(), "boundaries.exAskedNoContact", true), "plan.purpose", "logistics");
            s.putArray("ties").add(tie);
            Recommendation r = standard(s);
            assertThat(r.verdict()).isEqualTo(LOGISTICS_ONLY);
            assertThat(r.summary()).contains("in writing");
        }

        @Test
        void belongingsAreNotAnExceptionToTheirBoundary() {
            ObjectNode s = set(set(base(), "boundaries.blocked", true), "plan.purpose", "logistics");
            s.putArray("ties").add("belongings");
            assertThat(standard(s).verdict()).isEqualTo(DO_NOT_CONTACT);
        }

        @Test
        void theirBoundaryOutranksReplying() {
            ObjectNode s = exWrote(set(base(), "boundaries.exAskedNoContact", true), "personal");
            set(ready(s), "plan.action", "reply");
            assertThat(standard(s).verdict()).isEqualTo(DO_NOT_CONTACT);
        }
    }

    @Nested
    class Row3GiftsAndLetters {
        @ParameterizedTest
        @CsvSource({"gift,birthday", "gift,valentines-day", "letter,christmas", "letter,graduation", "gift,anniversary"})
        void giftOrLetterIsNeverReachOut(String action, String occasion) {
            ObjectNode s = ready(period(set(set(base(), "plan.action", action), "plan.occasion", occasion),
                    "2027-02-01", 30));
            Recommendation r = standard(s);
            assertThat(r.verdict()).isEqualTo(DO_NOT_CONTACT);
            assertThat(decider(r)).isEqualTo("no-gifts-or-letters");
            assertThat(r.reconsiderOn()).isEmpty();
            assertThat(strict(s).verdict()).isEqualTo(DO_NOT_CONTACT);
        }

        @Test
        void aGiftAfterTheEndOfThePeriodIsStillNo() {
            ObjectNode s = ready(period(set(base(), "plan.action", "gift"), "2027-02-01", 30));
            assertThat(standard(s).verdict()).isEqualTo(DO_NOT_CONTACT);
        }

        @Test
        void aGiftFromThePersonWhoEndedItIsStillNo() {
            ObjectNode s = set(set(base(), "plan.action", "letter"), "breakup.initiatedBy", "me");
            assertThat(standard(s).verdict()).isEqualTo(DO_NOT_CONTACT);
        }

        @Test
        void aTextInsteadIsOfferedAsAChange() {
            ObjectNode s = ready(period(set(base(), "plan.action", "gift"), "2027-02-01", 30));
            assertThat(standard(s).wouldChange())
                    .anySatisfy(c -> {
                        assertThat(c.change()).contains("short text");
                        assertThat(c.verdict()).isEqualTo(REACH_OUT);
                    });
        }
    }

    @Nested
    class Row4Replies {
        ObjectNode reply(String about) {
            return set(exWrote(base(), about), "plan.action", "reply");
        }

        @Test
        void personalMessageToAReadyPersonWhoWantsThemBackIsReachOut() {
            Recommendation r = standard(ready(reply("personal")));
            assertThat(r.verdict()).isEqualTo(REACH_OUT);
            assertThat(decider(r)).isEqualTo("reply-warmly");
            assertThat(r.summary()).contains("suggest meeting");
        }

        @Test
        void logisticsMessageGetsABriefReply() {
            assertThat(standard(ready(reply("logistics"))).verdict()).isEqualTo(RESPOND_BRIEFLY);
        }

        @Test
        void notReadyGetsABriefReply() {
            ObjectNode s = set(ready(reply("personal")), "emotions.anger", 6);
            assertThat(standard(s).verdict()).isEqualTo(RESPOND_BRIEFLY);
        }

        @Test
        void unknownEmotionsAreNotReadiness() {
            Recommendation r = standard(reply("personal"));
            assertThat(r.verdict()).isEqualTo(RESPOND_BRIEFLY);
            assertThat(r.wouldChange()).anySatisfy(c -> {
                assertThat(c.change()).contains("how you feel");
                assertThat(c.verdict()).isEqualTo(REACH_OUT);
            });
        }

        @Test
        void movingOnGetsABriefReplyEvenWhenReady() {
            assertThat(standard(set(ready(reply("personal")), "goal", "move-on")).verdict()).isEqualTo(RESPOND_BRIEFLY);
        }

        @Test
        void aReplyOnValentinesDayIsStillAReply() {
            ObjectNode s = set(reply("personal"), "today", "2027-02-14");
            set(s, "exContact.date", "2027-02-14");
            assertThat(standard(s).verdict()).isEqualTo(RESPOND_BRIEFLY);
        }

        @ParameterizedTest(name = "anger {0}, sadness {1}, confidence {2} -> {3}")
        @CsvSource({
                "3,4,6,REACH_OUT", "0,0,10,REACH_OUT",
                "4,4,6,RESPOND_BRIEFLY", "3,5,6,RESPOND_BRIEFLY", "3,4,5,RESPOND_BRIEFLY"})
        void readinessThresholdsAtTheirEdges(int anger, int sadness, int confidence, String verdict) {
            ObjectNode s = reply("personal");
            set(s, "emotions.anger", anger);
            set(s, "emotions.sadness", sadness);
            set(s, "emotions.confidence", confidence);
            assertThat(standard(s).verdict().name()).isEqualTo(verdict);
        }
    }

    @Nested
    class Row5Logistics {
        ObjectNode logistics(String... ties) {
            ObjectNode s = set(base(), "plan.purpose", "logistics");
            var array = s.putArray("ties");
            for (String tie : ties) {
                array.add(tie);
            }
            return s;
        }

        @ParameterizedTest
        @ValueSource(strings = {"children", "work", "school", "home", "pets", "belongings", "finances", "mutual-friends"})
        void anyTieMakesLogisticsOnly(String tie) {
            Recommendation r = standard(logistics(tie));
            assertThat(r.verdict()).isEqualTo(LOGISTICS_ONLY);
            assertThat(r.summary()).contains("brief");
        }

        @Test
        void belongingsSuggestSendingAFriend() {
            assertThat(standard(logistics("belongings")).doInstead()).anyMatch(t -> t.contains("friend"));
            assertThat(standard(logistics("children")).doInstead()).noneMatch(t -> t.contains("collect"));
        }

        @Test
        void logisticsHoldOnValentinesDayAndDuringThePeriod() {
            ObjectNode s = period(set(logistics("pets"), "today", "2027-02-14"), "2027-02-05", 30);
            Recommendation r = standard(s);
            assertThat(r.verdict()).isEqualTo(LOGISTICS_ONLY);
            assertThat(r.overridden()).extracting(Recommendation.Overridden::rule)
                    .contains("romantic-occasion", "hold-the-period");
        }

        @Test
        void logisticsWithNoTieIsAPretext() {
            Recommendation r = standard(logistics());
            assertThat(r.verdict()).isEqualTo(DO_NOT_CONTACT);
            assertThat(decider(r)).isEqualTo("logistics-without-a-tie");
            assertThat(r.reasons().get(0).text()).contains("name it");
            assertThat(r.wouldChange()).anySatisfy(c -> assertThat(c.verdict()).isEqualTo(LOGISTICS_ONLY));
        }
    }

    @Nested
    class Row6Occasions {
        @Test
        void valentinesDayIsInferredFromTheDate() {
            Recommendation r = standard(ready(period(set(base(), "today", "2027-02-14"), "2027-02-02", 30)));
            assertThat(decider(r)).isEqualTo("romantic-occasion");
            assertThat(r.summary()).contains("Valentine's Day");
            assertThat(r.reconsiderOn()).contains(LocalDate.of(2027, 3, 4));
        }

        @Test
        void theDayBeforeValentinesIsAnOrdinaryDay() {
            Recommendation r = standard(period(set(base(), "today", "2027-02-13"), "2027-02-02", 30));
            assertThat(decider(r)).isEqualTo("hold-the-period");
        }

        @Test
        void romanticDaysAreNeverTheDayEvenAfterThePeriod() {
            ObjectNode s = ready(period(set(base(), "today", "2027-02-14"), "2027-01-01", 30));
            set(s, "breakup.date", "2026-12-20");
            Recommendation r = standard(s);
            assertThat(r.verdict()).isEqualTo(DO_NOT_CONTACT);
            assertThat(r.reconsiderOn()).as("look again tomorrow").contains(LocalDate.of(2027, 2, 15));
            assertThat(r.wouldChange()).anySatisfy(c -> {
                assertThat(c.change()).contains("ordinary day");
                assertThat(c.verdict()).isEqualTo(REACH_OUT);
            });
        }

        @Test
        void anAnniversaryIsARomanticDay() {
            ObjectNode s = ready(period(set(base(), "plan.occasion", "anniversary"), "2027-02-01", 30));
            assertThat(decider(standard(s))).isEqualTo("romantic-occasion");
        }

        @ParameterizedTest
        @CsvSource({"2027-12-24,christmas", "2027-12-25,christmas", "2027-12-26,christmas",
                "2027-12-31,new-year", "2028-01-01,new-year"})
        void holidaysAreInferredFromTheDate(String today, String occasion) {
            ObjectNode s = period(set(base(), "today", today), "2027-12-20", 30);
            set(s, "breakup.date", "2027-12-01");
            Recommendation r = standard(s);
            assertThat(decider(r)).isEqualTo("occasion-during-period");
            assertThat(r.reconsiderOn()).contains(LocalDate.of(2028, 1, 19));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2027-12-23", "2027-12-27", "2027-12-30", "2028-01-02"})
        void daysAroundTheHolidaysAreOrdinary(String today) {
            ObjectNode s = period(set(base(), "today", today), "2027-12-20", 30);
            set(s, "breakup.date", "2027-12-01");
            assertThat(decider(standard(s))).isEqualTo("hold-the-period");
        }

        @ParameterizedTest
        @ValueSource(strings = {"birthday", "christmas", "new-year", "graduation"})
        void otherOccasionsAreNoExceptionDuringThePeriod(String occasion) {
            ObjectNode s = period(set(set(base(), "plan.occasion", occasion), "plan.purpose", "greeting"),
                    "2027-03-01", 30);
            Recommendation r = standard(s);
            assertThat(r.verdict()).isEqualTo(DO_NOT_CONTACT);
            assertThat(decider(r)).isEqualTo("occasion-during-period");
            assertThat(r.reconsiderOn()).contains(LocalDate.of(2027, 3, 31));
        }

        @Test
        void aHolidayForSomeoneMovingOnWithNoPeriodIsNoExceptionToSpeakOfAndGivesNoDateToLookAgain() {
            ObjectNode s = set(set(set(base(), "goal", "move-on"), "today", "2027-12-25"), "plan.action", "social-post");
            set(s, "breakup.date", "2027-12-01");
            Recommendation r = standard(s);
            assertThat(decider(r)).as("no period is held or begun, so there is no exception to make: the day is named")
                    .isEqualTo("occasion-moving-on");
            assertThat(r.summary()).contains("Let Christmas pass").doesNotContain("exception");
            assertThat(r.reconsiderOn()).as("on any later day the answer is still no contact").isEmpty();
        }

        @Test
        void aHolidayDuringAPeriodHeldWhileMovingOnIsNoExceptionToIt() {
            ObjectNode s = period(set(set(set(base(), "goal", "move-on"), "plan.occasion", "christmas"),
                    "plan.purpose", "greeting"), "2027-03-01", 30);
            Recommendation r = standard(s);
            assertThat(decider(r)).isEqualTo("occasion-during-period");
            assertThat(r.summary()).isEqualTo("Not even Christmas is a reason to make an exception to no contact.");
        }

        @Test
        void aBirthdayAfterTheCompletePeriodIsNotInTheWay() {
            ObjectNode s = ready(period(set(base(), "plan.occasion", "birthday"), "2027-02-01", 30));
            assertThat(standard(s).verdict()).isEqualTo(REACH_OUT);
        }
    }

    @Nested
    class Row7YouEndedIt {
        @Test
        void thePersonWhoEndedItTellsThemOnce() {
            ObjectNode s = period(set(set(base(), "breakup.initiatedBy", "me"), "breakup.feelingsExpressed", false),
                    "2027-03-01", 30);
            Recommendation r = standard(s);
            assertThat(r.verdict()).isEqualTo(REACH_OUT);
            assertThat(decider(r)).isEqualTo("you-ended-it");
            assertThat(r.summary()).contains("once");
            assertThat(r.overridden()).extracting(Recommendation.Overridden::rule).contains("hold-the-period");
        }

        @Test
        void onceItHasBeenSaidTheNextStepIsTheirs() {
            ObjectNode s = period(set(base(), "breakup.initiatedBy", "me"), "2027-03-01", 30);
            for (String profile : List.of("standard", "strict")) {
                Recommendation r = profile.equals("standard") ? standard(s) : strict(s);
                assertThat(r.verdict()).as(profile).isEqualTo(DO_NOT_CONTACT);
                assertThat(decider(r)).as(profile).isEqualTo("you-said-it-once");
                assertThat(r.reconsiderOn()).as(profile).isEmpty();
            }
        }

        @Test
        void chasingComesBeforeYouEndedIt() {
            ObjectNode s = set(set(set(base(), "breakup.initiatedBy", "me"), "breakup.feelingsExpressed", false),
                    "history.unansweredMessages", 3);
            Recommendation r = standard(s);
            assertThat(decider(r)).isEqualTo("stop-chasing");
            assertThat(r.reconsiderOn()).isEmpty();
        }

        @Test
        void endingItAndMovingOnIsNoContact() {
            ObjectNode s = set(set(base(), "breakup.initiatedBy", "me"), "goal", "move-on");
            assertThat(standard(s).verdict()).isEqualTo(DO_NOT_CONTACT);
        }

        @Test
        void aMutualBreakupIsNotAnException() {
            assertThat(standard(set(base(), "breakup.initiatedBy", "mutual")).verdict()).isEqualTo(DO_NOT_CONTACT);
        }
    }

    @Nested
    class Row8Chasing {
        @Test
        void twoUnansweredMessagesIsChasing() {
            ObjectNode s = ready(period(set(base(), "history.unansweredMessages", 2), "2027-02-01", 30));
            Recommendation r = standard(s);
            assertThat(decider(r)).isEqualTo("stop-chasing");
            assertThat(r.summary()).contains("2 messages");
            assertThat(r.reconsiderOn()).isEmpty();
        }

        @Test
        void oneUnansweredMessageIsNotYetChasing() {
            ObjectNode s = ready(period(set(base(), "history.unansweredMessages", 1), "2027-02-01", 30));
            assertThat(standard(s).verdict()).isEqualTo(REACH_OUT);
        }
    }

    @Nested
    class Row9And10ThePeriod {
        @Test
        void day29OfThirtyIsStillNoContact() {
            ObjectNode s = ready(period(set(base(), "today", "2027-03-30"), "2027-03-01", 30));
            Recommendation r = standard(s);
            assertThat(decider(r)).isEqualTo("hold-the-period");
            assertThat(r.reconsiderOn()).contains(LocalDate.of(2027, 3, 31));
            assertThat(r.summary()).contains("Wednesday 31 March 2027", "1 more day.").doesNotContain("2027-03-31");
            assertThat(r.wouldChange()).anySatisfy(c -> {
                assertThat(c.change()).contains("complete (Wednesday 31 March 2027)");
                assertThat(c.verdict()).isEqualTo(REACH_OUT);
            });
        }

        @Test
        void day30OfThirtyIsCompleteAndReadyMeansReachOut() {
            ObjectNode s = ready(period(set(base(), "today", "2027-03-31"), "2027-03-01", 30));
            Recommendation r = standard(s);
            assertThat(r.verdict()).isEqualTo(REACH_OUT);
            assertThat(decider(r)).isEqualTo("invite-when-ready");
            assertThat(r.reasons().get(0).text()).contains("coffee", "face to face");
        }

        @Test
        void thePeriodLengthDefaultsToThirtyDays() {
            ObjectNode s = ready(set(set(base(), "today", "2027-03-31"), "noContact.since", "2027-03-01"));
            assertThat(standard(s).verdict()).isEqualTo(REACH_OUT);
            set(s, "today", "2027-03-30");
            assertThat(standard(s).verdict()).isEqualTo(DO_NOT_CONTACT);
        }

        @Test
        void aLongerPeriodIsHonoured() {
            ObjectNode s = ready(period(set(base(), "today", "2027-03-31"), "2027-03-01", 42));
            Recommendation r = standard(s);
            assertThat(r.verdict()).isEqualTo(DO_NOT_CONTACT);
            assertThat(r.reconsiderOn()).contains(LocalDate.of(2027, 4, 12));
        }

        @Test
        void noPeriodYetStartsOneToday() {
            Recommendation r = standard(ready(base()));
            assertThat(decider(r)).isEqualTo("start-no-contact");
            assertThat(r.reconsiderOn()).contains(LocalDate.of(2027, 4, 9));
        }

        @Test
        void unsureMeansNoContactUntilTheEnd() {
            ObjectNode s = period(set(base(), "goal", "unsure"), "2027-03-01", 30);
            Recommendation r = standard(s);
            assertThat(r.verdict()).isEqualTo(DO_NOT_CONTACT);
            assertThat(r.reconsiderOn()).contains(LocalDate.of(2027, 3, 31));
        }

        @Test
        void aPostMeantForThemIsContact() {
            ObjectNode s = period(set(base(), "plan.action", "social-post"), "2027-03-01", 30);
            Recommendation r = standard(s);
            assertThat(r.verdict()).isEqualTo(DO_NOT_CONTACT);
            assertThat(String.join(" ", r.doInstead())).contains("A post meant for them to see is contact");
        }

        @Test
        void completeButNotReadyExtendsThePeriod() {
            ObjectNode s = period(set(base(), "today", "2027-03-31"), "2027-03-01", 30);
            set(ready(s), "emotions.sadness", 8);
            Recommendation r = standard(s);
            assertThat(decider(r)).isEqualTo("extend-the-period");
            assertThat(r.reconsiderOn()).contains(LocalDate.of(2027, 4, 30));
            assertThat(r.doInstead()).anyMatch(t -> t.contains("therapist"));
        }

        @Test
        void completeWithUnknownFeelingsStaysProtectiveAndSaysWhatWouldChangeIt() {
            ObjectNode s = period(set(base(), "today", "2027-03-31"), "2027-03-01", 30);
            Recommendation r = standard(s);
            assertThat(r.verdict()).isEqualTo(DO_NOT_CONTACT);
            assertThat(r.wouldChange()).anySatisfy(c -> {
                assertThat(c.change()).contains("tell me how you feel");
                assertThat(c.verdict()).isEqualTo(REACH_OUT);
            });
        }
    }

    @Nested
    class Row11And12MovingOnAndDoubt {
        @ParameterizedTest
        @ValueSource(strings = {"move-on", "friends"})
        void movingOnOrFriendsMeansNoContactWithNoDate(String goal) {
            ObjectNode s = ready(period(set(base(), "goal", goal), "2027-02-01", 30));
            Recommendation r = standard(s);
            assertThat(decider(r)).isEqualTo("moving-on");
            assertThat(r.reconsiderOn()).isEmpty();
            assertThat(strict(s).verdict()).isEqualTo(DO_NOT_CONTACT);
        }

        @Test
        void unsureAfterTheCompletePeriodFallsBackToWhenInDoubt() {
            ObjectNode s = ready(period(set(base(), "goal", "unsure"), "2027-02-01", 30));
            Recommendation r = standard(s);
            assertThat(decider(r)).isEqualTo("when-in-doubt");
            assertThat(r.reconsiderOn()).isEmpty();
        }

        @Test
        void theCatchAllIsNotListedAsAReasonWhenAnotherRuleDecided() {
            Recommendation r = standard(set(base(), "goal", "move-on"));
            assertThat(r.reasons()).extracting(Recommendation.Reason::rule).doesNotContain("when-in-doubt");
            assertThat(r.overridden()).extracting(Recommendation.Overridden::rule).contains("when-in-doubt");
        }
    }

    @Nested
    class StrictProfile {
        @Test
        void noTimerTheyWaitEvenWhenThePeriodIsCompleteAndTheyAreReady() {
            ObjectNode s = ready(period(base(), "2027-02-01", 30));
            Recommendation r = strict(s);
            assertThat(r.verdict()).isEqualTo(DO_NOT_CONTACT);
            assertThat(decider(r)).isEqualTo("strict-wait-for-them");
            assertThat(r.reconsiderOn()).isEmpty();
            assertThat(r.reasons()).extracting(Recommendation.Reason::rule)
                    .doesNotContain("invite-when-ready", "hold-the-period");
        }

        @Test
        void duringThePeriodThereIsNoDateEither() {
            Recommendation r = strict(period(base(), "2027-03-01", 30));
            assertThat(r.verdict()).isEqualTo(DO_NOT_CONTACT);
            assertThat(r.reconsiderOn()).isEmpty();
        }

        @Test
        void aPersonalMessageToAReadyPersonIsTheOpening() {
            Recommendation r = strict(ready(exWrote(base(), "personal")));
            assertThat(r.verdict()).isEqualTo(REACH_OUT);
            assertThat(decider(r)).isEqualTo("strict-their-opening");
            assertThat(r.summary()).contains("suggest meeting soon");
        }

        @Test
        void aPersonalMessageToSomeoneNotReadyIsNotYet() {
            assertThat(strict(exWrote(base(), "personal")).verdict()).isEqualTo(DO_NOT_CONTACT);
        }

        @Test
        void someoneWhoNeverSaidHowTheyFeelMaySayItOnce() {
            Recommendation r = strict(set(base(), "breakup.feelingsExpressed", false));
            assertThat(r.verdict()).isEqualTo(REACH_OUT);
            assertThat(decider(r)).isEqualTo("strict-say-it-once");
        }

        @Test
        void unknownWhetherFeelingsWereExpressedIsNotTheException() {
            ObjectNode s = base();
            ((ObjectNode) s.get("breakup")).remove("feelingsExpressed");
            Recommendation r = strict(s);
            assertThat(r.verdict()).isEqualTo(DO_NOT_CONTACT);
            assertThat(r.wouldChange()).anySatisfy(c -> assertThat(c.change()).contains("never told them"));
        }

        @Test
        void rowsOneToEightAndElevenAreTheSameAsStandard() {
            List<ObjectNode> cases = List.of(
                    set(base(), "safety.unsafe", true),
                    set(base(), "boundaries.blocked", true),
                    set(base(), "plan.action", "gift"),
                    set(exWrote(base(), "logistics"), "plan.action", "reply"),
                    ready(set(exWrote(base(), "personal"), "plan.action", "reply")),
                    set(set(base(), "plan.purpose", "logistics"), "ties", List.of("pets")),
                    set(base(), "today", "2027-02-14"),
                    set(base(), "breakup.initiatedBy", "me"),
                    set(base(), "history.unansweredMessages", 3),
                    set(base(), "goal", "friends"));
            for (ObjectNode s : cases) {
                assertThat(decider(strict(s))).as(s.toString()).isEqualTo(decider(standard(s)));
            }
        }
    }

    @Test
    void everyReasonCitesKnownSourcesAndTheDeciderComesFirst() {
        Recommendation r = standard(set(base(), "today", "2027-02-14"));
        assertThat(r.reasons()).isNotEmpty().allSatisfy(reason ->
                assertThat(reason.sources()).isNotEmpty().allMatch(rules.sources()::containsKey));
        assertThat(decider(r)).isEqualTo(r.evaluation().decider().id());
    }

    @Test
    void theContractExampleGivesItsDocumentedVerdict() {
        ObjectNode s = ready(period(set(base(), "today", "2027-02-14"), "2027-01-21", 30));
        set(s, "breakup.date", "2027-01-20");
        set(s, "plan.purpose", "greeting");
        set(s, "plan.occasion", "valentines-day");
        Recommendation r = standard(s);
        assertThat(r.verdict()).isEqualTo(DO_NOT_CONTACT);
        assertThat(r.reconsiderOn()).isEqualTo(Optional.of(LocalDate.of(2027, 2, 20)));
        assertThat(decider(r)).isEqualTo("romantic-occasion");
    }
}
