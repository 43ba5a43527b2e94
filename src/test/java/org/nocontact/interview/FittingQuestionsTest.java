package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Questions fit what was said: worded from what is known, and none that cannot matter. */
class FittingQuestionsTest {
    final StringWriter transcript = new StringWriter();

    String talk(String answers) {
        PipedConsole console = new PipedConsole(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(transcript));
        new Interview(InterviewTest.STANDARD, InterviewTest.TODAY, console).run();
        return transcript.toString().replaceAll("\\s+", " ");
    }

    static final String SAFE = "no\nno\nno\nno\nno\n";

    @Test
    void aGiftIsAskedWhatItIsFor() {
        // Asked where it can change the advice: with a block, a practical matter (and a tie) would.
        String said = talk(SAFE + "they did\n3 weeks ago\nget back together\nsend flowers\nyes\n" + "\n".repeat(20));
        assertThat(said).doesNotContain("What is it mainly about?");
        assertThat(said).contains("What is the gift mainly for?");
    }

    @Test
    void rightAfterTheyJustTextedMeTheBlockQuestionSaysSo() {
        String said = talk(SAFE + "they did\n3 weeks ago\nget back together\nthey just texted me\npersonal\n" + "\n".repeat(20));
        assertThat(said).contains("Read as: reply to a message they sent.").doesNotContain("Have they blocked you, on any app");
        assertThat(said).contains("They wrote to you. Have they blocked you anywhere else",
                "Before they wrote, had they asked you not to contact them?");
        assertThat(said).doesNotContain("What is it mainly about?");
    }

    @Test
    void aTextIsAskedWhatTheMessageIsAbout() {
        String said = talk(SAFE + "they did\n3 weeks ago\nget back together\ntext\n" + "\n".repeat(20));
        assertThat(said).contains("What would your message mainly be about?");
    }
    @Test
    void aGiftIsNotOfferedAPracticalMatterOrCheckingHowTheyAre() {
        String said = talk(SAFE + "they did\n3 weeks ago\nbe friends maybe\n3\ngive her a bday present i already bought it\nyes\n"
                + "\n".repeat(20)); // with a block, so that what the gift is for can change the advice
        assertThat(said).contains("What is the gift mainly for?", "an apology")
                .doesNotContain("a practical matter", "checking how they are");
    }

    @Test
    void sayingTheyBlockedYouMakesYesTheDefaultOfTheBlockQuestion() {
        String said = talk(SAFE + "she did\n3 wks ago\ni want her back so bad\nshe blocked me on insta so i wanna text her\n"
                + "getting back together obv\n" + "\n".repeat(20));
        assertThat(said).contains("Have they blocked you, on any app or your number? (yes or no) [yes]");
    }

    @Test
    void belongingsMentionedBeforeTheTiesQuestionAreItsDefault() {
        String said = talk(SAFE + "he cheated so i left\na month ago\nmove on. his stuff is still at my place and i want it gone\n"
                + "drop his stuff off at his place\n" + "\n".repeat(20));
        assertThat(said).contains("Read as: see them in person.").contains("friends in common [belongings] >");
    }

    @Test
    void theirQuestionIsNotTheDefaultTopicOfYourReply() {
        // A block (yes) is what lets the reply's topic change the advice, so that it is asked.
        String said = talk(SAFE + "we both kinda did\nin october\noct 10\nidk, she just texted me \"how are you?\"\n\n\n\nyes\n"
                + "\n".repeat(20));
        assertThat(said).contains("What would your reply mainly be about?", "[something personal]")
                .doesNotContain("[checking how they are]", "[answering how I am");
    }

    @Test
    void aReplyToHowAreYouHasAChoiceThatAnswersIt() {
        String said = talk(SAFE + "we both kinda did\nin october\noct 10\nidk, she just texted me \"how are you?\"\n\n\n\nyes\n"
                + "just tell her im ok i guess\n" + "\n".repeat(20));
        assertThat(said).contains("answering how I am, or asking how they are > just tell her im ok i guess")
                .doesNotContain("> just tell her im ok i guess Please choose");
    }

    @Test
    void yesSinceSheLeftMakesTheBreakupDayTheDefaultStartOfNoContact() {
        String said = talk(SAFE + "she dumped me\n2 weeks ago\nget back together\ntext\nkinda just happy valentines\n"
                + "no\nno\n\nyes since she left\n" + "\n".repeat(20));
        assertThat(said).contains("Since when?", "[since the breakup] >");
    }

    @Test
    void someoneNotSureTheyWantThemBackIsNotAskedAsIfTheyDid() {
        String said = talk(SAFE + "i broke up w him\nlast fri\nmaybe friends?? idk\ncall him to see if hes ok\n" + "\n".repeat(30));
        assertThat(said).doesNotContain("Have you already told them you want them back?", "Please choose a number");
    }
}
