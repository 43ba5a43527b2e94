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
    final AnswerReader reader = new AnswerReader(InterviewTest.TODAY);
    final StringWriter transcript = new StringWriter();

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
            "boundaries.blocked,Yes.,yes", "boundaries.blocked,yeah,yes", "boundaries.blocked,they have,yes",
            "boundaries.blocked,no they haven't,no", "boundaries.blocked,not really,no", "boundaries.exAskedNoContact,nope,no"})
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
            "boundaries.blocked,yes he blocked me,yes", "boundaries.exAskedNoContact,yes she did,yes",
            "breakup.feelingsExpressed,idk,not sure"})
    void everydayPhrasingsAreUnderstood(String id, String answer, String understood) {
        assertThat(read(id, answer)).isEqualTo(understood);
    }

    @ParameterizedTest
    @CsvSource({"yes and no", "yes but not really", "yeah maybe", "yes I don't know", "'yes, idk'"})
    void aYesInDoubtIsAskedAgainNotGuessed(String answer) {
        assertThat(reader.parse(question("boundaries.blocked"), answer, Answers.none()).problem()).as(answer).isPresent();
    }

    @Test
    void idkToAYesOrNoIsMetLikeIDontKnow() {
        assertThat(reader.parse(question("boundaries.blocked"), "idk", Answers.none()).problem())
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
        Situation s = interview(InterviewTest.SAFE + "they did\n3 weeks ago\n1\ntext\ngreeting\nn\nn\nbirthday\n"
                + "yes\n2 weeks ago\n30\n0\n\n", valentines).orElseThrow();
        assertThat(s.plan().occasion()).contains(Occasion.BIRTHDAY);
    }

    @Test
    void aYesToAChoiceThatStartsWithNoAsksWhichOne() {
        assertThat(reader.parse(question("plan.occasion"), "yes", Answers.none()).problem())
                .contains("Which one? Please choose a number from 2 to 7.");
        assertThat(reader.parse(question("exContact.recent"), "yeah", Answers.none()).problem())
                .contains("Which one? Please choose a number from 2 to 3.");
    }

    @Test
    void notKnowingAYesOrNoIsMetKindly() {
        assertThat(reader.parse(question("boundaries.exAskedNoContact"), "I don't know", Answers.none()).problem())
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

    Optional<Situation> interview(String answers, LocalDate today) {
        PipedConsole console = new PipedConsole(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(transcript));
        return new Interview(InterviewTest.STANDARD, today, console).run();
    }

    @Test
    void aRelativeDateIsSaidBackAsTheDayItIs() {
        interview(InterviewTest.SAFE + "1\n3 weeks ago\n", InterviewTest.TODAY);
        assertThat(transcript.toString()).contains("3 weeks ago: Wednesday 17 February.");
    }

    @Test
    void theDateHintGivesAnExampleFromThePast() {
        interview(InterviewTest.SAFE + "1\n", InterviewTest.TODAY);
        assertThat(transcript.toString()).contains("(a date like 17 February, 2027-02-17, yesterday or 3 weeks ago)");
    }

    @Test
    void onValentinesDayTheSpecialDayIsSaidNotAsked() {
        LocalDate valentines = LocalDate.of(2027, 2, 14);
        Situation s = interview(InterviewTest.SAFE + "they did\n3 weeks ago\n1\ntext\ngreeting\nn\nn\n\nyes\n2 weeks ago\n30\n"
                + "0\n\n", valentines).orElseThrow();
        assertThat(transcript.toString()).contains("Today is Valentine's Day.",
                        "Is what you have in mind for another special day, or just for Valentine's Day?", "1) just Valentine's Day")
                .doesNotContain("Is it for a special day?", "no, an ordinary day");
        assertThat(org.nocontact.rules.Facts.effectiveOccasion(s.plan(), s.today())).contains(Occasion.VALENTINES_DAY);
        assertThat(InterviewTest.STANDARD.advise(s).verdict()).isEqualTo(org.nocontact.rules.Verdict.DO_NOT_CONTACT);
    }
}
