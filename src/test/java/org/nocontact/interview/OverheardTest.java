package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Tie;

/** What an answer says beyond its question becomes the default of the later question it answers. */
class OverheardTest {
    static final Question<Action> ACTION = question(Key.ACTION, new Choice<>(List.of(
            new Option<>("send a text", Action.TEXT, List.of("text", "text them")),
            new Option<>("reply to a message they sent", Action.REPLY, List.of("reply", "they texted"))), Optional.empty()));
    static final Question<ExContactAbout> THEIR_MESSAGE = question(Key.EX_CONTACT_ABOUT, new Choice<>(List.of(
            new Option<>("something practical", ExContactAbout.LOGISTICS, List.of("practical")),
            new Option<>("something personal", ExContactAbout.PERSONAL, List.of("how are you"))), Optional.empty()));
    static final Question<Purpose> PURPOSE = question(Key.PURPOSE, new Choice<>(List.of(
            new Option<>("a greeting", Purpose.GREETING, List.of("happy birthday")),
            new Option<>("my feelings", Purpose.FEELINGS, List.of("miss them")),
            new Option<>("checking how they are", Purpose.CHECK_IN, List.of("how are you"))), Optional.empty()));
    static final Question<Set<Tie>> TIES = question(Key.TIES, new Several(List.of(
            new Option<>("pets", Tie.PETS, List.of("pets", "dog")),
            new Option<>("belongings to return or collect", Tie.BELONGINGS, List.of("belongings", "stuff")))));
    static final Question<org.nocontact.situation.Situation.Boundaries> BLOCKED = Boundaries.question();
    static final Question<NoContactNow> STARTED = question(Key.NO_CONTACT_STARTED,
            new Period((date, answers, today) -> Optional.empty()));
    static final Question<java.time.LocalDate> SINCE = question(Key.NO_CONTACT_SINCE,
            new Date(Optional.empty(), (date, answers, today) -> Optional.empty()));
    static final Question<OptionalInt> DAYS = question(Key.NO_CONTACT_DAYS,
            new Whole(1, 365, OptionalInt.of(30), false, Optional.of("day")));
    static final Question<java.time.LocalDate> THEIR_DAY = question(Key.EX_CONTACT_DATE,
            new Date(Optional.empty(), (date, answers, today) -> Optional.empty()));
    static final Question<java.time.LocalDate> ENDED = question(Key.BREAKUP_DATE,
            new Date(Optional.empty(), (date, answers, today) -> Optional.empty()));
    static final List<Question<?>> ALL = List.of(ACTION, THEIR_MESSAGE, THEIR_DAY, PURPOSE, TIES, BLOCKED, STARTED, SINCE, DAYS,
            ENDED);

    static <T> Question<T> question(Key<T> key, AnswerKind<T> kind) {
        return new Question<>(key, key + "?", "", kind, Question.Relevance.ALWAYS, answers -> true);
    }

    static Remembered heard(Question<?> at, String typed) {
        return heard(at, typed, Answers.none(), Remembered.none());
    }

    static Remembered heard(Question<?> at, String typed, Answers answers, Remembered before) {
        return Overheard.in(ALL, at, typed, answers, before);
    }

    @Test
    void aChoiceNamedInAnotherAnswerIsOfferedAsItsDefaultButNotGiven() {
        Remembered after = heard(ACTION, "text her happy birthday");
        assertThat(after.answer(Key.PURPOSE)).hasValue("a greeting");
        assertThat(after.given(Key.PURPOSE)).as("heard, not an answer the person gave").isEmpty();
        assertThat(after.asMap()).containsOnlyKeys(Key.PURPOSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i did", "I did, 3 weeks ago", "i ended it", "me, i told her i need space"})
    void whoEndedItSaysNothingOfWhetherTheyWereToldYouWantThemBack(String typed) {
        List<Question<?>> all = Questions.all();
        Question<?> whoEnded = all.stream().filter(q -> q.key() == Key.INITIATED_BY).findFirst().orElseThrow();
        Remembered after = Overheard.in(all, whoEnded, typed, Answers.none(), Remembered.none());
        assertThat(after.answer(Key.FEELINGS_EXPRESSED)).as("no [yes] or [no] offered at 'Have you already told them?'")
                .isEmpty();
    }

    @Test
    void aPlanAboutTheKidsSaysNothingOfWhetherTheyWroteAboutThem() {
        List<Question<?>> all = Questions.all();
        Question<?> action = all.stream().filter(q -> q.key() == Key.ACTION).findFirst().orElseThrow();
        Remembered after = Overheard.in(all, action, "text her about the kids", Answers.none(), Remembered.none());
        assertThat(after.answer(Key.EX_CONTACT_RECENT)).isEmpty();
        assertThat(after.answer(Key.PURPOSE)).as("what it is for is still heard").isPresent();
    }

    @Test
    void theDayTheyWroteSaidWithThePlanIsTheDefaultOfWhenTheirMessageArrived() {
        assertThat(heard(ACTION, "he texted me i miss you at 3am last night. should i answer").answer(Key.EX_CONTACT_DATE))
                .hasValue("last night");
        assertThat(heard(ACTION, "she messaged me 2 days ago asking about the dog").answer(Key.EX_CONTACT_DATE))
                .hasValue("2 days ago");
        assertThat(heard(ACTION, "text her last night's news").answer(Key.EX_CONTACT_DATE))
                .as("the person's own plan says nothing of when they wrote").isEmpty();
    }

    @Test
    void wordsNamingTwoChoicesOfOneQuestionLeaveItWithoutADefault() {
        assertThat(heard(ACTION, "text her happy birthday and that i miss her").answer(Key.PURPOSE)).isEmpty();
    }

    @Test
    void everyTieNamedInASentenceIsHeard() {
        assertThat(heard(ACTION, "text her about her stuff and the dog").answer(Key.TIES)).hasValue("pets, belongings");
        assertThat(heard(ACTION, "text her about her stuff").answer(Key.TIES)).hasValue("belongings");
        assertThat(heard(ACTION, "text her").answer(Key.TIES)).as("no tie named, no default").isEmpty();
    }

    @Test
    void thePeriodAnswerNamesNoChoiceAndAChoiceMaySayWhenThePeriodBegan() {
        Remembered after = heard(STARTED, "yes since she left, happy birthday to me");
        assertThat(after.answer(Key.PURPOSE)).as("the period's answer names no choice of another question").isEmpty();
        assertThat(heard(ACTION, "text her, no contact since she left").answer(Key.NO_CONTACT_STARTED))
                .hasValue("since the breakup");
    }

    @Test
    void theyBlockedMeSaysYesToTheBlockQuestion() {
        Remembered after = heard(ACTION, "she blocked me on insta so i wanna text her");
        assertThat(after.answer(Key.BOUNDARIES)).hasValue(Boundaries.THEY_BLOCKED);
        assertThat(heard(ACTION, "i blocked her so i wanna text her").answer(Key.BOUNDARIES)).isEmpty();
    }

    @Test
    void aDateOrANumberSaysNothingAboutOtherQuestions() {
        assertThat(heard(SINCE, "since she blocked me, happy birthday").asMap()).isEmpty();
        assertThat(heard(DAYS, "30 days since she blocked me").asMap()).isEmpty();
    }

    @Test
    void nothingTypedSaysNothing() {
        Remembered before = Remembered.none().with(Key.GOAL, "to move on");
        assertThat(heard(ACTION, " ", Answers.none(), before)).isSameAs(before);
    }

    @Test
    void whatTheyWroteSaidInThePlanIsTheDefaultOfWhatTheirMessageWasAbout() {
        List<Question<?>> all = Questions.all();
        Question<?> plan = all.stream().filter(q -> q.key() == Key.ACTION).findFirst().orElseThrow();
        assertThat(Overheard.in(all, plan, "he texted me i miss you", Answers.none(), Remembered.none())
                .answer(Key.EX_CONTACT_ABOUT)).hasValue("something personal");
        Remembered mine = Overheard.in(all, plan, "text her i miss you", Answers.none(), Remembered.none());
        assertThat(mine.answer(Key.EX_CONTACT_ABOUT)).as("the person's own words, not theirs").isEmpty();
    }

    @Test
    void theWordsOfTheirMessageAreNotThePersonsPurpose() {
        assertThat(heard(THEIR_MESSAGE, "how are you, she blocked me").asMap()).isEmpty();
    }

    @Test
    void theirMessageHeardInAReplyIsNotAlsoWhatTheReplyIsAbout() {
        Remembered after = heard(ACTION, "reply, she just texted me how are you");
        assertThat(after.answer(Key.EX_CONTACT_ABOUT)).hasValue("something personal");
        assertThat(after.answer(Key.PURPOSE)).isEmpty();
        Remembered answeredBefore = heard(ACTION, "reply, she just texted me how are you",
                Answers.none().with(Key.EX_CONTACT_ABOUT, ExContactAbout.LOGISTICS), Remembered.none());
        assertThat(answeredBefore.answer(Key.PURPOSE)).as("their message already answered, so not heard in these words")
                .hasValue("checking how they are");
    }

    @Test
    void aQuestionAnsweredOrAlreadyHeardKeepsWhatItHas() {
        Remembered heardBefore = Remembered.none().hearing(Key.PURPOSE, "my feelings");
        assertThat(heard(ACTION, "text her happy birthday", Answers.none(), heardBefore).answer(Key.PURPOSE))
                .hasValue("my feelings");
        Remembered answered = heard(ACTION, "text her happy birthday", Answers.none().with(Key.PURPOSE, Purpose.APOLOGY),
                Remembered.none());
        assertThat(answered.answer(Key.PURPOSE)).isEmpty();
    }

    @Test
    void whenItEndedSaidInThePlanIsOfferedWhenTheDayItEndedIsAsked() {
        assertThat(heard(ACTION, "he texted me u up? last night at 2am. i ended it 3 months ago. do i answer")
                .answer(Key.BREAKUP_DATE)).hasValue("3 months ago");
        assertThat(heard(ACTION, "she dumped me like 2 wks ago and i wanna text her").answer(Key.BREAKUP_DATE))
                .hasValue("2 weeks ago");
        assertThat(heard(ACTION, "text her, i ended it").answer(Key.BREAKUP_DATE)).as("no day said").isEmpty();
        assertThat(heard(ACTION, "he texted me last night").answer(Key.BREAKUP_DATE)).as("their message's day, not the end's")
                .isEmpty();
    }
}
