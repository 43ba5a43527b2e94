package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/** The answers a saved situation holds give that situation back, so `ask --from FILE` starts where it was left. */
class AnswersRoundTripTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Test
    void everySituationComesBackFromItsAnswers() {
        RandomSituations random = new RandomSituations(19);
        for (int i = 0; i < 300; i++) {
            Situation s = random.next();
            assertThat(Answers.of(s).toSituation(s.today())).as("situation %d: %s", i, s).isEqualTo(s);
        }
    }

    @Test
    void questionsNotAskedTakeTheFilesDefaults() {
        Situation nothing = Answers.none().toSituation(TODAY);
        assertThat(nothing.breakup().date()).isEqualTo(TODAY);
        assertThat(nothing.breakup().initiatedBy()).isEqualTo(InitiatedBy.THEM);
        assertThat(nothing.breakup().feelingsExpressed()).isEmpty();
        assertThat(nothing.goal()).isEqualTo(Goal.UNSURE);
        assertThat(nothing.noContact()).isEmpty();
        assertThat(nothing.ties()).isEmpty();
        assertThat(nothing.exContact()).isEmpty();
        assertThat(nothing.emotions()).isEqualTo(new Situation.Emotions(OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty()));
        assertThat(nothing.safety()).isEqualTo(Situation.Safety.NONE);
        assertThat(nothing.boundaries()).isEqualTo(new Situation.Boundaries(false, false));
        assertThat(nothing.unansweredMessages()).isZero();
        assertThat(nothing.plan().action()).isEqualTo(Action.TEXT);
        assertThat(nothing.plan().purpose()).isEqualTo(Purpose.GREETING);
        assertThat(nothing.plan().occasion()).isEmpty();
        assertThat(nothing.plan().message()).isEmpty();
    }

    @Test
    void aPeriodBegunWithoutADayIsCountedFromTheBreakup() {
        LocalDate breakup = TODAY.minusDays(20);
        Situation s = Answers.none().with(Key.BREAKUP_DATE, breakup).with(Key.NO_CONTACT_STARTED, NoContactNow.heldSinceUnsaid())
                .toSituation(TODAY);
        assertThat(s.noContact()).contains(new Situation.NoContact(breakup, OptionalInt.empty()));
        Situation notBegun = Answers.none().with(Key.NO_CONTACT_STARTED, NoContactNow.NOT_HOLDING)
                .with(Key.NO_CONTACT_SINCE, breakup).toSituation(TODAY);
        assertThat(notBegun.noContact()).as("a day kept from before is not a period").isEmpty();
    }

    @Test
    void aReplyIsToTheirMessageEvenWhenItsSubjectWasNotAsked() {
        Situation reply = Answers.none().with(Key.ACTION, Action.REPLY).toSituation(TODAY);
        assertThat(reply.exContact()).contains(new Situation.ExContact(TODAY, ExContactAbout.PERSONAL));
        Situation practical = Answers.none().with(Key.ACTION, Action.REPLY)
                .with(Key.EX_CONTACT_ABOUT, ExContactAbout.LOGISTICS).with(Key.EX_CONTACT_DATE, TODAY.minusDays(2))
                .toSituation(TODAY);
        assertThat(practical.exContact()).contains(new Situation.ExContact(TODAY.minusDays(2), ExContactAbout.LOGISTICS));
        Situation text = Answers.none().with(Key.EX_CONTACT_ABOUT, ExContactAbout.LOGISTICS).toSituation(TODAY);
        assertThat(text.exContact()).as("only a reply reads what their message was about").isEmpty();
        Situation recent = Answers.none().with(Key.EX_CONTACT_RECENT, Optional.of(ExContactAbout.PERSONAL)).toSituation(TODAY);
        assertThat(recent.exContact()).contains(new Situation.ExContact(TODAY, ExContactAbout.PERSONAL));
    }

    @Test
    void onlyAYesToASafetyQuestionIsAConcern() {
        Situation s = Answers.none().with(Key.SELF_HARM, false).with(Key.UNSAFE, true).with(Key.BOUNDARIES, new Situation.Boundaries(false, true))
                .toSituation(TODAY);
        assertThat(s.safety().unsafe()).isTrue();
        assertThat(s.safety().selfHarm()).isFalse();
        assertThat(s.boundaries().blocked()).isTrue();
        assertThat(s.boundaries().exAskedNoContact()).isFalse();
    }

    @Test
    void answersAreEqualWhenTheyHoldTheSameValues() {
        Answers one = Answers.none().with(Key.TIES, Set.of(Tie.PETS)).with(Key.ANGER, OptionalInt.of(3));
        Answers same = Answers.none().with(Key.TIES, Set.of(Tie.PETS)).with(Key.ANGER, OptionalInt.of(3));
        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(Answers.none());
        assertThat(one.keys()).containsExactly(Key.TIES, Key.ANGER);
        assertThat(one.is(Key.ANGER, OptionalInt.of(3))).isTrue();
        assertThat(one.is(Key.ANGER, OptionalInt.of(4))).isFalse();
        assertThat(one.without(Key.TIES).keys()).containsExactly(Key.ANGER);
        assertThat(one.toString()).contains("3");
    }

    @Test
    void aSavedSituationIsOfferedBackAnswerByAnswer() {
        Situation s = Answers.none().with(Key.BREAKUP_DATE, TODAY.minusDays(30)).with(Key.INITIATED_BY, InitiatedBy.ME)
                .with(Key.TIES, Set.of(Tie.CHILDREN, Tie.PETS)).with(Key.ANGER, OptionalInt.of(6))
                .with(Key.UNANSWERED_MESSAGES, OptionalInt.of(2)).toSituation(TODAY);
        Remembered remembered = Remembered.from(s);
        assertThat(remembered.answer(Key.BREAKUP_DATE)).contains(TODAY.minusDays(30).toString());
        assertThat(remembered.answer(Key.TIES)).contains("children, pets");
        assertThat(remembered.answer(Key.ANGER)).contains("6");
        assertThat(remembered.answer(Key.UNANSWERED_MESSAGES)).contains("2");
        assertThat(remembered.answer(Key.SADNESS)).as("a feeling the file does not hold").isEmpty();
        assertThat(remembered.asMap()).containsKey(Key.SELF_HARM);
    }
}
