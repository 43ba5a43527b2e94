package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.Fact;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Tie;

/** Each question is a typed key bound to the facts it decides; answers are read back as that type. */
class KeyTest {
    @Test
    void everyKeyIsAskedByExactlyOneQuestionInTheOrderOfTheKeys() {
        List<Key<?>> asked = Questions.all().stream().<Key<?>>map(Question::key).toList();
        assertThat(asked).containsExactlyElementsOf(Key.all());
    }

    @Test
    void everyKeyDecidesSomeFactAndIsFoundByItsName() {
        for (Key<?> key : Key.all()) {
            // the list of where things stand decides nothing itself: each line's answer goes to its own question
            assertThat(key.facts().isEmpty()).as(key.toString()).isEqualTo(key == Key.STANDING);
            assertThat(Key.named(key.toString())).as(key.toString()).containsSame(key);
        }
        assertThat(Key.named("noContact")).as("the file's field is not a question's name").isEmpty();
    }

    @Test
    void theFirstQuestionOfAGroupDecidesTheWholeGroup() {
        assertThat(Key.NO_CONTACT_STARTED.facts()).contains(Fact.NO_CONTACT_SINCE, Fact.NO_CONTACT_DAYS,
                Fact.NO_CONTACT_COMPLETE, Fact.NO_CONTACT_END);
        assertThat(Key.ANGER.facts()).as("each feeling is its own question").containsExactly(Fact.ANGER);
        assertThat(Key.EX_CONTACT_RECENT.facts()).contains(Fact.EX_CONTACT_PRESENT, Fact.EX_CONTACT_DAYS_AGO);
        assertThat(Key.NO_CONTACT_STARTED.field()).isEqualTo("noContact");
        assertThat(Key.EX_CONTACT_RECENT.field()).isEqualTo("exContact");
    }

    @Test
    void anAnswerReadsBackAsItsKeysType() {
        Answers answers = Answers.none().with(Key.BREAKUP_DATE, LocalDate.of(2027, 2, 1))
                .with(Key.OCCASION, Optional.of(Occasion.BIRTHDAY)).with(Key.TIES, java.util.Set.of(Tie.PETS))
                .with(Key.ANGER, OptionalInt.of(4));
        assertThat(answers.get(Key.BREAKUP_DATE)).contains(LocalDate.of(2027, 2, 1));
        assertThat(answers.get(Key.OCCASION)).contains(Optional.of(Occasion.BIRTHDAY));
        assertThat(answers.get(Key.TIES)).contains(java.util.Set.of(Tie.PETS));
        assertThat(answers.get(Key.ANGER)).contains(OptionalInt.of(4));
        assertThat(answers.toSituation(LocalDate.of(2027, 3, 10)).plan().occasion()).contains(Occasion.BIRTHDAY);
    }

    @Test
    void anAnswerLeftUnknownCountsAsAnsweredAndReadsAsTheFilesDefault() {
        Answers answers = Answers.none().withUnknown(Key.EX_CONTACT_DATE);
        assertThat(answers.has(Key.EX_CONTACT_DATE)).isTrue();
        assertThat(answers.get(Key.EX_CONTACT_DATE)).isEmpty();
        assertThat(answers.without(Key.EX_CONTACT_DATE).has(Key.EX_CONTACT_DATE)).isFalse();
    }
}
