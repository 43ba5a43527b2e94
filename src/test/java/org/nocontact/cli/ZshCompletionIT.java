package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * `nocontact completion zsh` as a person uses it: saved as _nocontact in a folder of $fpath, in a
 * real zsh in tmux, with Tab pressed after what they typed. Needs zsh and tmux (.ci/run installs
 * them when missing). Waits for new text on the screen, never a fixed time.
 */
class ZshCompletionIT {
    @RegisterExtension
    final TmuxPane pane = new TmuxPane("nocontact-zsh", "zsh");
    final String session = pane.session();

    @TempDir
    Path temp;

    @BeforeEach
    void startZsh() throws Exception {
        Path functions = Files.createDirectories(temp.resolve("functions"));
        Files.writeString(functions.resolve("_nocontact"), Cli.run("completion", "zsh").out());
        TmuxPane.Result started = pane.tmux("new-session", "-d", "-s", session, "-x", "150", "-y", "40", "zsh", "-f");
        assertThat(started.exitCode()).as(started.output()).isZero();
        type("fpath=('" + functions + "' $fpath); autoload -U compinit && compinit -u; PS1='READY> '\n");
        pane.waitForNew("READY> ");
    }

    @Test
    void tabCompletesASubcommandFromItsFirstLetters() throws Exception {
        type("nocontact ch\t");
        assertThat(pane.waitForNew("nocontact check ")).contains("READY> nocontact check ");
    }

    @Test
    void tabCompletesAProfileOnceItsNameIsUnambiguousAndListsBothBefore() throws Exception {
        type("nocontact check --profile str\t");
        pane.waitForNew("--profile strict ");
        clearLine();
        // Both profiles start with "st": Tab gives the common part, a second Tab lists both.
        type("nocontact check --profile s\t");
        pane.waitForNew("--profile st");
        type("\t");
        String listed = pane.waitForNew("standard  strict");
        assertThat(listed.substring(listed.lastIndexOf("--profile st"))).contains("standard  strict");
    }

    @Test
    void tabCompletesOptionsTheirChoicesAndCountries() throws Exception {
        type("nocontact check --form\t");
        pane.waitForNew("--format");
        type("j\t");
        assertThat(pane.waitForNew("--format json ")).contains("nocontact check --format json ");
        clearLine();
        type("nocontact rules t\t");
        pane.waitForNew("nocontact rules test ");
        clearLine();
        type("nocontact check --country G\t");
        pane.waitForNew("--country GB ");
    }

    private void clearLine() throws Exception {
        pane.snapshot();
        pane.tmux("send-keys", "-t", session, "C-u");
    }

    private void type(String text) throws Exception {
        pane.snapshot();
        for (String part : text.split("(?<=[\t\n])")) {
            String plain = part.replace("\t", "").replace("\n", "");
            if (!plain.isEmpty()) {
                pane.tmux("send-keys", "-t", session, "-l", plain);
            }
            if (part.endsWith("\t")) {
                pane.tmux("send-keys", "-t", session, "Tab");
            } else if (part.endsWith("\n")) {
                pane.tmux("send-keys", "-t", session, "Enter");
            }
        }
    }
}
