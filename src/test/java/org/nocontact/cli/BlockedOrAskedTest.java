package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, item 5: a block on one app and a request for no contact are different things, and what
 * `check` prints says what each one means for this person. A block is not read as a total block, and
 * no advice says that reaching them through a friend goes against their wishes and then tells the
 * person to ask a friend to handle it.
 */
class BlockedOrAskedTest {
    @TempDir
    Path temp;

    private String check(String boundaries, String plan, String ties) throws IOException {
        Path file = temp.resolve("situation.json");
        Files.writeString(file, """
                {
                  "today": "2027-03-10",
                  "breakup": { "date": "2027-02-01", "initiatedBy": "them" },
                  "goal": "reconcile",
                  "boundaries": %s,
                  "ties": %s,
                  "plan": %s
                }
                """.formatted(boundaries, ties, plan));
        Cli.Result r = Cli.run("check", "--color", "never", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out().replaceAll("\\s+", " ");
    }

    private String blocked(String plan, String ties) throws IOException {
        return check("{ \"blocked\": true }", plan, ties);
    }

    private String asked(String plan, String ties) throws IOException {
        return check("{ \"exAskedNoContact\": true }", plan, ties);
    }

    private static final String TEXT = "{ \"action\": \"text\", \"purpose\": \"feelings\" }";
    private static final String HANDOVER = "{ \"action\": \"text\", \"purpose\": \"logistics\" }";

    @Test
    void aBlockIsReadAsABlockNotAsARequestForNoContactWhereverItIs() throws IOException {
        String out = blocked(TEXT, "[]");
        assertThat(out).startsWith("Don't contact them").contains("They blocked you",
                "A block is not the same as asking for no contact",
                "they don't want to hear from you now");
        assertThat(out).doesNotContain("They asked for no contact", "asked you for space", "A block on one app",
                "A like or a comment");
    }

    @Test
    void aRequestForNoContactMeansNoContactAnywhereAndSaysNothingOfABlock() throws IOException {
        String out = asked(TEXT, "[]");
        assertThat(out).startsWith("Don't contact them").contains("They asked for no contact",
                "no messages, calls or visits anywhere");
        assertThat(out).doesNotContainIgnoringCase("block");
    }

    @Test
    void aBlockSendsThePersonThroughAFriendOnlyToSortOutTheirThings() throws IOException {
        for (String ties : new String[] {"[]", "[\"belongings\"]", "[\"children\"]"}) {
            for (String plan : new String[] {TEXT, HANDOVER}) {
                if (plan.equals(HANDOVER) && ties.contains("belongings")) {
                    continue;
                }
                String out = blocked(plan, ties);
                assertThat(out).as(plan + " " + ties).doesNotContainIgnoringCase("ask a friend")
                        .doesNotContainIgnoringCase("friend can go").doesNotContainIgnoringCase("through a friend");
            }
        }
        assertThat(blocked(HANDOVER, "[\"belongings\"]")).contains("Let the block stand, and ask a friend to arrange the "
                + "practical matter", "nothing personal passes between the two of you")
                .doesNotContain("Write one short message", "a single short message");
    }

    @Test
    void aRequestForNoContactSendsNoMessageThroughFriendsAndLetsAFriendHandOverOnlyTheThings() throws IOException {
        // guidance: "For belongings, a friend can go instead"; the request still rules out every message, through friends too
        for (String ties : new String[] {"[]", "[\"belongings\"]"}) {
            for (String plan : new String[] {TEXT, HANDOVER}) {
                String out = asked(plan, ties);
                assertThat(out).as(plan + " " + ties).contains("They asked for no contact", "no messages through friends")
                        .doesNotContainIgnoringCase("ask a friend").doesNotContainIgnoringCase("friend can go")
                        .doesNotContainIgnoringCase("through a friend").doesNotContain("a lawyer carry that one matter, with nothing personal");
                // Things to hand over are spoken of only where something is shared (session 13 closing tour, T10: not
                // to someone who named nothing shared; a practical plan with no tie is a pretext, guidance row 5).
                String handOver = "a friend you both trust can hand them over: only the things, with no message from you";
                if (ties.equals("[]")) {
                    assertThat(out).as(plan + " " + ties).doesNotContain(handOver);
                } else {
                    assertThat(out).as(plan + " " + ties).contains(handOver);
                }
            }
        }
    }

    @Test
    void aBlockedCoParentKeepsToTheMatterThroughAChannelStillOpen() throws IOException {
        String out = blocked(HANDOVER, "[\"children\"]");
        assertThat(out).contains("They blocked you", "a channel that is still open", "co-parenting app")
                .contains("Don't try to get round the block through friends or other accounts")
                .doesNotContain("They asked for no contact");
        String asked = asked(HANDOVER, "[\"children\"]");
        assertThat(asked).contains("They asked for no contact").doesNotContainIgnoringCase("block");
    }
}
