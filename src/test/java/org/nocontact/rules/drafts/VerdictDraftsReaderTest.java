package org.nocontact.rules.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.rules.drafts.DraftFiles.Kind.HOLD;
import static org.nocontact.rules.drafts.DraftFiles.Kind.SEND;
import static org.nocontact.rules.drafts.DraftFiles.file;
import static org.nocontact.rules.drafts.DraftFiles.problems;
import static org.nocontact.rules.drafts.DraftFiles.rule;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What each verdict does with a draft is read word for word: the texts the person reads come from the file. */
class VerdictDraftsReaderTest {
    private static final List<String> RULES = List.of(rule("feelings", "miss you"), rule("pressure", "answer me"));
    private static final String LENGTH = "\"tooLong\": {\"id\": \"long-draft\", \"maxWords\": 40, "
            + "\"text\": \"This is long.\", \"instead\": \"Cut it down.\", \"sources\": [\"an-article\"]}";

    private static DraftRules withVerdicts(String send, String hold) {
        return DraftFiles.load(DraftFiles.file("", RULES, send, hold));
    }

    @Test
    void aReviewingVerdictKeepsItsNotesLengthLimitAndWordsAsWritten() {
        VerdictDrafts send = withVerdicts("{\"notes\": [\"pressure\", \"feelings\"], " + LENGTH
                + ", \"wordsYouCouldUse\": \"Hi. About the keys: Sunday?\"}", DraftFiles.hold()).forVerdict(SEND)
                .orElseThrow();
        assertThat(send.reviews()).isTrue();
        assertThat(send.noted()).extracting(DraftRule::id).containsExactly("pressure", "feelings");
        assertThat(send.tooLong()).hasValueSatisfying(limit -> {
            assertThat(limit.id()).isEqualTo("long-draft");
            assertThat(limit.maxWords()).isEqualTo(40);
            assertThat(limit.text()).isEqualTo("This is long.");
            assertThat(limit.instead()).isEqualTo("Cut it down.");
            assertThat(limit.sources()).containsExactly("an-article");
        });
        assertThat(send.wordsYouCouldUse()).contains("Hi. About the keys: Sunday?");
        assertThat(send.unsent()).isEmpty();
    }

    @Test
    void aDraftRuleNotedTwiceByAVerdictIsRefusedAtItsSecondPlaceAndOthersAreNot() {
        assertThat(problems(DraftFiles.file("", RULES, "{\"notes\": [\"feelings\", \"pressure\", \"feelings\"]}",
                DraftFiles.hold()))).containsExactly("verdicts.SEND.notes[2]: \"feelings\" is listed twice; keep it once.");
    }

    @Test
    void aReviewingVerdictWithoutLimitOrWordsHasNeither() {
        VerdictDrafts send = withVerdicts(DraftFiles.send("feelings"), DraftFiles.hold()).forVerdict(SEND)
                .orElseThrow();
        assertThat(send.tooLong()).isEmpty();
        assertThat(send.wordsYouCouldUse()).isEmpty();
        assertThat(send.wordsYouCouldUse("send-it")).isEmpty();
    }

    @Test
    void aDecidingRulesOwnWordsReplaceTheVerdictsAndEmptyWordsMeanNone() {
        VerdictDrafts send = withVerdicts("{\"notes\": [], \"wordsYouCouldUse\": \"Hi there.\", "
                + "\"byRule\": {\"send-it\": \"Hi, about the keys.\", \"hold-it\": \"\"}}", DraftFiles.hold())
                .forVerdict(SEND).orElseThrow();
        assertThat(send.byRule()).containsOnlyKeys("send-it", "hold-it");
        assertThat(send.wordsYouCouldUse("send-it")).contains("Hi, about the keys.");
        assertThat(send.wordsYouCouldUse("hold-it")).as("no words for this rule").isEmpty();
        assertThat(send.wordsYouCouldUse("another-rule")).contains("Hi there.");
    }

    @Test
    void anUnsentVerdictSaysItsOwnTextOrTheDecidingRules() {
        VerdictDrafts hold = withVerdicts(DraftFiles.send(), "{\"unsent\": \"Keep it with you.\", "
                + "\"byRule\": {\"hold-it\": \"Keep it, and talk to a friend.\"}}").forVerdict(HOLD).orElseThrow();
        assertThat(hold.reviews()).isFalse();
        assertThat(hold.unsent()).contains("Keep it with you.");
        assertThat(hold.unsent("hold-it")).contains("Keep it, and talk to a friend.");
        assertThat(hold.unsent("send-it")).contains("Keep it with you.");
        assertThat(hold.noted()).isEmpty();
        assertThat(hold.tooLong()).isEmpty();
        assertThat(hold.wordsYouCouldUse()).isEmpty();
    }

    @Test
    void anUnsentVerdictOffersNoWordsToSendNotEvenItsRulesOwnText() {
        VerdictDrafts hold = withVerdicts(DraftFiles.send(), "{\"unsent\": \"Keep it with you.\", "
                + "\"byRule\": {\"hold-it\": \"Keep it, and talk to a friend.\"}}").forVerdict(HOLD).orElseThrow();
        assertThat(hold.wordsYouCouldUse("hold-it")).as("the rule's text is what they read instead, not words to send")
                .isEmpty();
        assertThat(hold.wordsYouCouldUse("send-it")).isEmpty();
    }

    @Test
    void aReviewingVerdictHasNoUnsentText() {
        VerdictDrafts send = withVerdicts(DraftFiles.send(), DraftFiles.hold()).forVerdict(SEND).orElseThrow();
        assertThat(send.unsent("send-it")).isEmpty();
    }

    @Test
    void anUnsentVerdictsOtherWordsForARuleMayNotBeEmpty() {
        assertThat(problems(DraftFiles.file("", RULES, DraftFiles.send(),
                "{\"unsent\": \"Keep it.\", \"byRule\": {\"hold-it\": \" \", \"send-it\": \"\"}}")))
                .containsExactly("verdicts.HOLD.byRule.hold-it: this text is empty; write it for the person reading.",
                        "verdicts.HOLD.byRule.send-it: this text is empty; write it for the person reading.");
    }

    @Test
    void anUnsentVerdictMayReadTheOneMessageARuleAllowsAsAVerdictThatReadsDrafts() {
        VerdictDrafts hold = withVerdicts(DraftFiles.send("feelings"),
                "{\"unsent\": \"Keep it unsent.\", \"readAs\": {\"hold-it\": \"SEND\"}}").forVerdict(HOLD).orElseThrow();
        assertThat(hold.readAs("hold-it")).contains("SEND");
        assertThat(hold.readAs("send-it")).isEmpty();
    }

    @Test
    void readAsNamesAVerdictThatReadsDraftsAndARuleOfTheSet() {
        assertThat(problems(DraftFiles.file("", RULES, DraftFiles.send(),
                "{\"unsent\": \"Keep it.\", \"readAs\": {\"hold-it\": \"HOLD\", \"hold-itt\": \"SEND\"}}")))
                .containsExactly("verdicts.HOLD.readAs.hold-it: \"HOLD\" is not a verdict that reads drafts; use one of SEND.",
                        "verdicts.HOLD.readAs.hold-itt: no rule of the rule set has the id \"hold-itt\"; did you mean "
                                + "\"hold-it\"?");
    }

    @Test
    void byRuleMustBeAnObjectOfRuleIdsAndTexts() {
        assertThat(problems(DraftFiles.file("", RULES, "{\"notes\": [], \"byRule\": [\"send-it\"]}",
                DraftFiles.hold()))).containsExactly("verdicts.SEND.byRule: expected an object of rule ids and texts.");
    }

    @Test
    void byRuleNamingNoRuleIsRefusedUnlessARuleFileCouldNotBeRead() {
        String json = DraftFiles.file("", RULES, "{\"notes\": [], \"byRule\": {\"send-itt\": \"Hi.\"}}",
                DraftFiles.hold());
        assertThat(problems(json)).containsExactly("verdicts.SEND.byRule.send-itt: no rule of the rule set has "
                + "the id \"send-itt\"; did you mean \"send-it\"?");
        assertThat(DraftFiles.load(json, false).forVerdict(SEND).orElseThrow().byRule())
                .as("the rule may be in the file that could not be read").containsEntry("send-itt", "Hi.");
    }

    @Test
    void aVerdictLeftOutSaysWhatItNeedsForItsKind() {
        String noSend = "{\"spellings\": {}, \"rules\": [" + RULES.get(0) + "], \"verdicts\": {\"HOLD\": "
                + DraftFiles.hold() + "}}";
        assertThat(problems(noSend)).singleElement().asString().contains("verdicts.SEND", "{\"notes\": [rule ids]}");
        String noHold = "{\"spellings\": {}, \"rules\": [" + RULES.get(0) + "], \"verdicts\": {\"SEND\": "
                + DraftFiles.send() + "}}";
        assertThat(problems(noHold)).singleElement().asString().contains("verdicts.HOLD", "{\"unsent\": \"...\"}");
    }

    @Test
    void aNoteNamingARuleThatCouldNotBeReadIsNotBlamedAgain() {
        List<String> rules = List.of(rule("feelings", "miss you"), rule("Pressure", "answer me"));
        assertThat(problems(DraftFiles.file("", rules, DraftFiles.send("feelings", "pressure"), DraftFiles.hold())))
                .singleElement().asString().startsWith("rules[1].id: \"Pressure\" is not a valid id");
    }

    @Test
    void aDraftRulesTextAndInsteadAreReadAsWritten() {
        DraftRule feelings = DraftFiles.load(file(RULES)).rules().get(0);
        assertThat(feelings.text()).isEqualTo("Text of feelings.");
        assertThat(feelings.instead()).isEqualTo("Instead of feelings.");
        assertThat(feelings.sources()).containsExactly("an-article");
        assertThat(feelings.file()).isEqualTo(DraftFiles.FILE);
    }

    @Test
    void aSpellingIsSetStraightInTheDraftBeforeMatching() {
        DraftRules drafts = DraftFiles.load(DraftFiles.file("\"u\": \"you\", \"ily\": \"i love you\"", RULES,
                DraftFiles.send(), DraftFiles.hold()));
        assertThat(drafts.find(1, "miss u")).hasSize(1);
        assertThat(drafts.spellings().byKey()).containsEntry("ily", List.of("i", "love", "you"));
    }
}
