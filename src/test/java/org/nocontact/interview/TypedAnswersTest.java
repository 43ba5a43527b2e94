package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Situation;

/** Answers as people type them are understood; what is not is explained in words that are on the screen. */
class TypedAnswersTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    final AnswerReader reader = new AnswerReader(InterviewTest.TODAY);

    /** The question of this name, as the test's tables write it. */
    static Question<?> question(String name) {
        Key<?> key = Key.named(name).orElseThrow();
        return Questions.all().stream().filter(q -> q.key() == key).findFirst().orElseThrow();
    }

    String read(String id, String answer) {
        AnswerReader.Parsed<?> parsed = reader.parse(question(id), answer, Answers.none());
        assertThat(parsed.problem()).as(answer).isEmpty();
        return parsed.shown();
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource({
            "breakup.initiatedBy,he did,they did", "breakup.initiatedBy,she did,they did", "breakup.initiatedBy,They did.,they did",
            "breakup.initiatedBy,we did,we decided together", "breakup.initiatedBy,I ended it,I did",
            "goal,back together,to get back together", "goal,I don't know,I'm not sure", "goal,I don’t know,I'm not sure",
            "goal,to move on,to move on", "goal,Move on!,to move on",
            "plan.action,a text,send a text", "plan.action,an email,send an email", "plan.action,a gift,send a gift or flowers",
            "plan.action,see them,see them in person", "plan.action,see him,see them in person", "plan.action,call her,call them",
            "plan.action,Send a text,send a text", "plan.purpose,back together,getting back together",
            "plan.purpose,a practical matter,a practical matter", "plan.purpose,happy birthday,'a greeting (happy birthday, and so on)'",
            "breakup.feelingsExpressed,I don't know,not sure", "ties,the children and a home,'children, home'",
            "noContact.days,30 days,30", "noContact.days,6 weeks,42", "noContact.days,1 day,1",
            "history.unansweredMessages,2 messages,2", "history.unansweredMessages,none,0",
            "boundaries,they blocked me,they blocked me on one app or more", "boundaries,Both.,both",
            "boundaries,asked for space,they asked me not to contact them",
            "boundaries,no they haven't,no", "boundaries,not really,no", "boundaries,nope,no"})
    void naturalAnswersAreUnderstood(String id, String answer, String understood) {
        assertThat(read(id, answer)).isEqualTo(understood);
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource({
            "goal,i want her back,to get back together", "goal,I want him back,to get back together", "goal,idk,I'm not sure",
            "plan.purpose,happy valentines,'a greeting (happy birthday, and so on)'",
            "plan.purpose,to say happy birthday,'a greeting (happy birthday, and so on)'",
            "plan.occasion,its her birthday,their birthday", "plan.occasion,it's his birthday,their birthday",
            "plan.action,i need to text him about the kids,send a text",
            "boundaries,yes he blocked me,they blocked me on one app or more",
            "boundaries,she asked me to leave her alone,they asked me not to contact them",
            "breakup.feelingsExpressed,idk,not sure"})
    void everydayPhrasingsAreUnderstood(String id, String answer, String understood) {
        assertThat(read(id, answer)).isEqualTo(understood);
    }

    @ParameterizedTest
    @CsvSource({"yes and no", "yes but not really", "yeah maybe", "yes I don't know", "'yes, idk'"})
    void aYesInDoubtIsAskedAgainNotGuessed(String answer) {
        assertThat(reader.parse(question("noContact.started"), answer, Answers.none()).problem()).as(answer).isPresent();
    }

    @Test
    void idkToAYesOrNoIsMetLikeIDontKnow() {
        assertThat(reader.parse(question("noContact.started"), "idk", Answers.none()).problem())
                .hasValueSatisfying(p -> assertThat(p).startsWith("That's all right."));
    }

    @ParameterizedTest
    @CsvSource({"a few", "several", "Lots!"})
    void aVagueCountAsksKindlyForARoughNumber(String answer) {
        assertThat(reader.parse(question("history.unansweredMessages"), answer, Answers.none()).problem())
                .hasValueSatisfying(p -> assertThat(p).contains("A rough number is fine").contains("number"));
    }

    @Test
    void noWordsNameTwoChoicesOfOneQuestion() {
        for (Question<?> question : Questions.all()) {
            List<? extends Option<?>> options = List.of();
            if (question.kind() instanceof Choice<?> choice) {
                options = choice.options();
            } else if (question.kind() instanceof Several several) {
                options = several.options();
            }
            java.util.Map<String, String> owner = new java.util.HashMap<>();
            for (Option<?> o : options) {
                java.util.Set<String> words = new java.util.HashSet<>(o.names());
                words.add(AnswerReader.plain(o.label()));
                for (String w : words) {
                    String before = owner.putIfAbsent(w, o.label());
                    assertThat(before).as(question.key() + ": \"" + w + "\" names " + before + " and " + o.label()).isNull();
                }
            }
        }
    }

    @Test
    void onValentinesDayAnotherSpecialDayCanStillBeNamed() {
        LocalDate valentines = LocalDate.of(2027, 2, 14);
        Situation s = interview(valentinesText().answer(Key.OCCASION, "birthday"), valentines).orElseThrow();
        assertThat(s.plan().occasion()).contains(Occasion.BIRTHDAY);
    }

    @Test
    void aYesToAChoiceThatStartsWithNoAsksWhichOne() {
        assertThat(reader.parse(question("plan.occasion"), "yes", Answers.none()).problem())
                .contains("Which one? Please choose a number from 2 to 7.");
        assertThat(reader.parse(question("exContact.recent"), "yeah", Answers.none()).problem())
                .contains("Which one? Please choose a number from 2 to 3.");
        assertThat(reader.parse(question("boundaries"), "yes", Answers.none()).problem())
                .as("a block and a request for no contact are different things").contains("Which one? Please choose a number from 2 to 4.");
    }

    @Test
    void notKnowingAYesOrNoIsMetKindly() {
        assertThat(reader.parse(question("noContact.started"), "I don't know", Answers.none()).problem())
                .hasValueSatisfying(p -> assertThat(p).startsWith("That's all right.").doesNotContain("Please answer")
                        .as("says how to change it").contains("type change at the end"));
    }

    @Test
    void hintsNameOnlyWordsThatAreOnTheScreen() {
        Pattern quoted = Pattern.compile("\"([^\"]*)\"");
        for (Question<?> question : Questions.all()) {
            if (question.kind() instanceof Choice<?> choice) {
                String problem = reader.parse(question, "zzz", Answers.none()).problem().orElseThrow();
                List<String> labels = choice.options().stream().map(Option::label).toList();
                Matcher m = quoted.matcher(problem);
                while (m.find()) {
                    assertThat(m.group(1)).as(question.key() + ": " + problem).isIn(labels);
                }
                assertThat(problem).doesNotContain("logistics", "reconcile", "\"them\"", "valentines-day", "social-post");
            }
        }
    }

    private ByQuestion console = ByQuestion.script();

    Optional<Situation> interview(ByQuestion script, LocalDate today) {
        console = script;
        return new Interview(builtIn.standard(), today, script).run();
    }

    /** A greeting by text from someone they left three weeks ago, holding two weeks of no contact. */
    private static ByQuestion valentinesText() {
        return ByQuestion.script().answer(Key.INITIATED_BY, "they did").answer(Key.BREAKUP_DATE, "3 weeks ago")
                .answer(Key.GOAL, "1").answer(Key.ACTION, "text").answer(Key.PURPOSE, "greeting").answer(Key.BOUNDARIES, "n")
                .answer(Key.OCCASION, "").answer(Key.NO_CONTACT_STARTED, "yes").answer(Key.NO_CONTACT_SINCE, "2 weeks ago")
                .answer(Key.NO_CONTACT_DAYS, "30").answer(Key.UNANSWERED_MESSAGES, "0").enterForTheRest();
    }

    /** A text about their feelings, wanting them back: the questions up to "When did it end?", leaving after it. */
    private static ByQuestion toWhenItEnded() {
        return ByQuestion.script().answer(Key.ACTION, "text").answer(Key.BOUNDARIES, "no").answer(Key.PURPOSE, "my feelings")
                .answer(Key.OCCASION, "no").answer(Key.GOAL, "1").answer(Key.INITIATED_BY, "1")
                .answer(Key.UNANSWERED_MESSAGES, "0").answer(Key.NO_CONTACT_STARTED, "since 1 march")
                .answer(Key.EX_CONTACT_RECENT, "no").answer(Key.FEELINGS_EXPRESSED, "no").answer(Key.TIES, "none").leaveAtTheRest();
    }

    @Test
    void aRelativeDateIsSaidBackAsTheDayItIs() {
        interview(toWhenItEnded().answer(Key.BREAKUP_DATE, "3 weeks ago"), InterviewTest.TODAY);
        assertThat(console.shown()).contains("3 weeks ago: Wednesday 17 February.");
    }

    @Test
    void theDateHintGivesAnExampleFromThePast() {
        interview(toWhenItEnded(), InterviewTest.TODAY);
        assertThat(console.shown()).contains("(a date like 17 February, 2027-02-17, yesterday or 3 weeks ago)");
    }

    @Test
    void onValentinesDayTheSpecialDayIsSaidNotAsked() {
        LocalDate valentines = LocalDate.of(2027, 2, 14);
        Situation s = interview(valentinesText(), valentines).orElseThrow();
        assertThat(console.shown()).contains("Today is Valentine's Day.",
                        "Is what you have in mind for another special day, or just for Valentine's Day?", "1) just Valentine's Day")
                .doesNotContain("Is it for a special day?", "no, an ordinary day");
        assertThat(org.nocontact.rules.Facts.effectiveOccasion(s.plan(), s.today())).contains(Occasion.VALENTINES_DAY);
        assertThat(builtIn.standard().advise(s).verdict()).isEqualTo(org.nocontact.rules.Verdict.DO_NOT_CONTACT);
    }

    @Test
    void aRingToGiveBackIsNeverReadAsACall() {
        assertThat(read("plan.action", "give her a ring tonight")).isEqualTo("call them");
        assertThat(read("plan.action", "ring him")).isEqualTo("call them");
        AnswerReader.Parsed<?> ringBack = reader.parse(question("plan.action"),
                "i want to give her the ring back and get my hoodie back", Answers.none());
        assertThat(ringBack.shown()).as("tour10b: 'the ring' was read as 'call them'").isNotEqualTo("call them");
    }
}
