package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** After the verdict, `change` lists each answer under the question as the person read it, dates as days. */
class ChangeListTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    private static final Pattern LISTED = Pattern.compile("^ +\\d+\\) (.*) \\[(.*)]$");

    /**
     * Answers each question by what it asks, whatever the order (the order is the engine's to choose):
     * the first answer whose words the question holds, a clear no to a safety question, else Enter.
     */
    private static final class Answering implements Console {
        private final List<String[]> answers;
        private final StringBuilder shown = new StringBuilder();
        private final StringBuilder sinceLastAnswer = new StringBuilder();
        private int asked;

        Answering(String[]... answers) {
            this.answers = List.of(answers);
        }

        @Override
        public Optional<String> readLine(String prompt) {
            shown.append(prompt);
            sinceLastAnswer.append(prompt);
            String question = sinceLastAnswer.toString();
            sinceLastAnswer.setLength(0);
            if (++asked > 60 || question.contains("Which answer")) {
                return Optional.empty();
            }
            String typed = answers.stream().filter(a -> question.contains(a[0])).map(a -> a[1]).findFirst()
                    .orElse(question.contains("or in your own words") ? "no" : "");
            shown.append(typed).append('\n');
            return Optional.of(typed);
        }

        @Override
        public void say(String text) {
            shown.append(text).append('\n');
            sinceLastAnswer.append(text).append('\n');
        }

        @Override
        public int width() {
            return 80;
        }

        @Override
        public void close() {
            // nothing to close
        }
    }

    private Answering console;

    /** The list shown after a conversation with these answers, and the person changing nothing. */
    private List<Matcher> listed(String[]... answers) {
        console = new Answering(answers);
        Interview interview = new Interview(builtIn.standard(), InterviewTest.TODAY, console);
        Interview.Outcome outcome = interview.talk(Remembered.none()).outcome()
                .orElseThrow(() -> new AssertionError("the conversation did not end in a verdict:\n" + console.shown));
        int before = console.shown.length();
        assertThat(interview.chooseAnswerToChange(outcome)).isEmpty();
        return console.shown.substring(before).lines().map(LISTED::matcher).filter(Matcher::matches).toList();
    }

    /** What was said before the list: the conversation. */
    private String conversation() {
        return console.shown.substring(0, console.shown.indexOf("Which answer"));
    }

    /** Left two months ago, wants them back, a text about feelings, holding no contact since 7 weeks ago. */
    private static final String[][] TEXTING = {
            {"written the message", ""}, // before "ready": the draft question asks whether it is written "already"
            {"Which of these are true now", "some unanswered and im doing no contact"}, {"held no contact", "since 7 weeks ago"},
            {"Who ended", "they did"}, {"When did it end", "2 months ago"}, {"What do you want", "back together"},
            {"What are you thinking", "send a text"}, {"mainly", "my feelings"}, {"special day", "no"},
            {"how many days", "30"}, {"unanswered", "1"}, {"From 0 to 10, how", "angry 2, sad 3, confident 7"}, {"angry", "2"}, {"sad", "3"},
            {"confident", "7"}, {"steady", "yes"}, {"ready", "yes"}};

    private static final java.util.regex.Pattern FEELING_ALONE = java.util.regex.Pattern.compile(
            "how angry do you feel|How sad do you feel|How confident do you feel");

    @Test
    void eachAnswerIsListedUnderTheQuestionAsItWasAsked() {
        List<Matcher> lines = listed(TEXTING);
        assertThat(lines).hasSizeGreaterThan(10);
        for (Matcher line : lines) {
            // a feeling asked with the others is listed as the question that changes it alone
            String asked = FEELING_ALONE.matcher(line.group(1)).find() ? "From 0 to 10, how angry, how sad and how confident"
                    : line.group(1) + "\n";
            assertThat(conversation()).as("asked as listed: " + line.group(1)).contains(asked);
        }
        assertThat(lines).extracting(line -> line.group(1)).contains("What would your message mainly be about?")
                .doesNotContain("What is it mainly about?");
    }

    /** The texting conversation with the feelings asked together answered so. */
    private static String[][] feelingsSaid(String typed) {
        String[][] answers = TEXTING.clone();
        for (int i = 0; i < answers.length; i++) {
            if (answers[i][0].equals("From 0 to 10, how")) {
                answers[i] = new String[] {"From 0 to 10, how", typed};
            }
        }
        return answers;
    }

    /**
     * Issue 21: the feelings asked as one question are one entry, each said by name as answered (a skipped
     * one as skipped, never a number), and changing it asks them together again with what was said as the default.
     */
    @Test
    void theFeelingsAskedTogetherAreOneEntryAndAreAskedTogetherAgain() {
        List<Matcher> lines = listed(feelingsSaid("angry 2, sad skip, confident 7"));
        List<Matcher> feelings = lines.stream().filter(line -> line.group(1).contains("angry")
                || line.group(1).contains("sad") || line.group(1).contains("confident")).toList();
        assertThat(feelings).extracting(line -> line.group(1) + " [" + line.group(2) + "]").containsExactly(
                "From 0 to 10, how angry, how sad and how confident do you feel? [angry 2, sad skipped, confident 7]");
    }

    @Test
    void changingTheFeelingsAskedTogetherAsksThemTogetherWithWhatWasSaid() {
        console = new Answering(feelingsSaid("angry 2, sad skip, confident 7"));
        Interview interview = new Interview(builtIn.standard(), InterviewTest.TODAY, console);
        Interview.Outcome outcome = interview.talk(Remembered.none()).outcome()
                .orElseThrow(() -> new AssertionError(console.shown));
        int before = console.shown.length();
        interview.change(outcome, Key.ANGER);
        String again = console.shown.substring(before);
        assertThat(again).contains("From 0 to 10, how angry, how sad and how confident do you feel?")
                .contains("[angry 2, sad skip, confident 7] >").doesNotContain("How sad do you feel");
    }

    /** Issue 21: a feeling left open in the answer ("2, idk, 7") is asked alone, offering no number it was not given. */
    @Test
    void aFeelingLeftOpenIsAskedAloneWithNoNumberOfferedForIt() {
        String[][] answers = new String[TEXTING.length + 1][];
        answers[0] = new String[] {"How sad", "skip"}; // first: the lines said before it name the other feelings
        for (int i = 0; i < TEXTING.length; i++) {
            answers[i + 1] = TEXTING[i][0].equals("From 0 to 10, how") ? new String[] {"From 0 to 10, how", "2, idk, 7"}
                    : TEXTING[i];
        }
        List<Matcher> lines = listed(answers);
        String alone = conversation().substring(conversation().indexOf("How sad do you feel"));
        assertThat(alone.substring(0, alone.indexOf('>') + 1)).doesNotContain("[2]", "[7]", "[3]");
        assertThat(lines).extracting(line -> line.group(1) + " [" + line.group(2) + "]")
                .contains("How sad do you feel, from 0 to 10? [skip]");
    }

    @Test
    void aDateIsListedAsTheDayItIs() {
        List<Matcher> lines = listed(TEXTING);
        assertThat(lines).filteredOn(line -> line.group(1).equals("When did it end?"))
                .extracting(line -> line.group(2)).containsExactly("Sunday 10 January 2027");
        assertThat(lines).filteredOn(line -> line.group(1).startsWith("Since when have you held no contact?"))
                .extracting(line -> line.group(2)).containsExactly("since Wednesday 20 January 2027");
        assertThat(lines).extracting(line -> line.group(2)).noneMatch(answer -> answer.matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void aReplyIsListedWithTheQuestionsWordedForAReply() {
        // They wrote first: the purpose and the block questions were worded for a reply (the purpose of a
        // reply is asked where a block could make a practical reply the answer).
        List<Matcher> lines = listed(new String[][] {
                {"written the message", ""},
                {"Who ended", "they did"}, {"When did it end", "2 months ago"}, {"What do you want", "not sure"},
                {"Which of these are true now", "1"}, {"What are you thinking", "reply to a message they sent"},
                {"their message about", "something personal"}, {"mainly", "answering how I am"}, {"arrive", "today"},
                {"blocked you", "they blocked me on one app or more"}, {"angry", "2"}, {"sad", "3"}, {"confident", "7"},
                {"steady", "yes"}, {"ready", "yes"}});
        for (Matcher line : lines) {
            assertThat(conversation().replace("\n", " ")).as("asked as listed: " + line.group(1)).contains(line.group(1));
        }
        // session 12: under a block with no tie, no line reads what the reply is about, so it is not asked
        assertThat(lines).extracting(line -> line.group(1)).contains("Which of these are true now? Type the numbers, or none.")
                .doesNotContain("What would your reply mainly be about?")
                .anyMatch(question -> question.startsWith("What was their message about"));
        assertThat(conversation()).contains("1) They blocked you somewhere else (another app, your number)");
    }
}
