package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where answers are saved: the name as typed, and why it cannot be written there, in plain words. */
class SaveTargetTest {
    @TempDir
    Path temp;

    @Test
    void aTildeIsTheHomeFolderAsAShellWouldHaveIt() {
        String home = "/home/sam";
        assertThat(SaveTarget.resolve("~", home)).isEqualTo(Path.of(home));
        assertThat(SaveTarget.resolve(" ~/mine.json ", home)).isEqualTo(Path.of(home, "mine.json"));
        assertThat(SaveTarget.resolve("~mine.json", home)).as("another user's home is not guessed").isEqualTo(Path.of("~mine.json"));
        assertThat(SaveTarget.resolve("  mine.json\t", home)).isEqualTo(Path.of("mine.json"));
    }

    /** Session 14's closing note: "~" went to the account's home (Java's user.home) where $HOME says another. */
    @Test
    void theHomeIsTheShellsHomeWhereItIsSet() {
        assertThat(SaveTarget.home(Map.of("HOME", "/work/sam"), "/home/sam")).isEqualTo("/work/sam");
        assertThat(SaveTarget.home(Map.of(), "/home/sam")).as("unset").isEqualTo("/home/sam");
        assertThat(SaveTarget.home(Map.of("HOME", ""), "/home/sam")).as("empty").isEqualTo("/home/sam");
        assertThat(SaveTarget.home(Map.of("HOME", "sam"), "/home/sam")).as("not absolute").isEqualTo("/home/sam");
    }

    @Test
    void aFileInAFolderThatCanBeWrittenHasNoProblem() throws IOException {
        assertThat(SaveTarget.problem(temp.resolve("mine.json"))).isEmpty();
        Files.writeString(temp.resolve("old.json"), "{}");
        assertThat(SaveTarget.problem(temp.resolve("old.json"))).as("replacing is asked elsewhere").isEmpty();
        try (var left = Files.list(temp)) {
            assertThat(left).as("the check leaves nothing behind").containsExactly(temp.resolve("old.json"));
        }
    }

    @Test
    void aFolderIsRefusedWithAFileNameInItSuggested() {
        assertThat(SaveTarget.problem(temp)).contains(temp + " is a folder; give a file name in it, such as "
                + temp.resolve("my-situation.json") + ".");
    }

    @Test
    void aMissingFolderIsNamed() {
        Path missing = temp.resolve("no-such-folder");
        assertThat(SaveTarget.problem(missing.resolve("mine.json"))).contains("the folder " + missing + " does not exist.");
    }

    @Test
    void aLinkIsNeverWrittenThrough() throws IOException {
        Path target = Files.writeString(temp.resolve("target.json"), "{}");
        Path link = Files.createSymbolicLink(temp.resolve("link.json"), target);
        assertThat(SaveTarget.problem(link)).contains(link
                + " is not an ordinary file (a device, a pipe or a link); nothing is written there.");
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedWithWhy() {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")), "needs /proc, a folder no one can create files in");
        assertThat(SaveTarget.problem(proc.resolve("mine.json")).orElseThrow()).startsWith("I can't write in /proc")
                .endsWith(".");
    }

    @Test
    void aNameIsShownWithControlCharactersWrittenOut() {
        assertThat(SaveTarget.shown(Path.of("bad\u001bname.json"))).doesNotContain("\u001b").startsWith("bad")
                .endsWith("name.json");
    }

    @Test
    void aFailedWriteIsSaidInAFewPlainWords() {
        assertThat(SaveTarget.reason(new FileAlreadyExistsException("x")))
                .contains("a file of that name appeared meanwhile, so it was left alone");
        assertThat(SaveTarget.reason(new AccessDeniedException("x"))).contains("permission denied");
        assertThat(SaveTarget.reason(new FileSystemException("x", null, "No space left on device")))
                .contains("no space left on device");
        assertThat(SaveTarget.reason(new FileSystemException("x"))).isEmpty();
        assertThat(SaveTarget.reason(new IOException("Disk quota exceeded"))).contains("disk quota exceeded");
        assertThat(SaveTarget.reason(new IOException(" "))).isEmpty();
        assertThat(SaveTarget.reason(new IOException((String) null))).isEmpty();
        assertThat(SaveTarget.reason(new IOException("x".repeat(81)))).as("a long message says nothing plain").isEmpty();
        assertThat(SaveTarget.reason(new IOException("x".repeat(80)))).contains("x".repeat(80));
    }
}
