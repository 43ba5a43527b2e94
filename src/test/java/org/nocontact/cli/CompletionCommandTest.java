package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `nocontact completion bash|zsh|fish`: tab completion made from the command-line model. */
class CompletionCommandTest {
    @TempDir
    Path dir;

    /** What bash offers after the words typed (the last one being completed), with the script loaded. */
    private List<String> bashCompletes(String... words) throws Exception {
        Path script = dir.resolve("nocontact.bash");
        Files.writeString(script, Cli.run("completion", "bash").out());
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append('\'');
        }
        String line = String.join(" ", words);
        String probe = "source '" + script + "' || exit 9\n"
                + "complete -p nocontact >/dev/null || exit 8\n"
                + "COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_nocontact nocontact '" + words[words.length - 1] + "' '" + words[words.length - 2] + "' 2>/dev/null\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", probe).redirectErrorStream(true).start();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.exitValue()).as(out).isZero();
        List<String> offered = new ArrayList<>();
        out.lines().map(String::trim).filter(s -> !s.isEmpty()).forEach(offered::add);
        return offered;
    }

    @Test
    void bashCompletesASubcommandFromItsFirstLetters() throws Exception {
        assertThat(bashCompletes("nocontact", "ch")).containsExactly("check");
    }

    @Test
    void bashCompletesProfileNamesFromTheRuleSet() throws Exception {
        assertThat(bashCompletes("nocontact", "check", "--profile", "s")).containsExactlyInAnyOrder("standard", "strict");
        assertThat(bashCompletes("nocontact", "check", "--profile", "str")).containsExactly("strict");
        assertThat(bashCompletes("nocontact", "ask", "--profile", "")).containsExactlyInAnyOrderElementsOf(
                BuiltInRules.get().profileNames());
    }

    @Test
    void bashCompletesFormatsInLowerCaseAndListedCountries() throws Exception {
        assertThat(bashCompletes("nocontact", "check", "--format", "j")).containsExactly("json");
        assertThat(bashCompletes("nocontact", "rules", "lint", "--format", "s")).containsExactly("sarif");
        assertThat(bashCompletes("nocontact", "check", "--country", "G")).containsExactly("GB");
        assertThat(bashCompletes("nocontact", "completion", "f")).containsExactly("fish");
    }

    @Test
    void everyScriptNamesEveryCommand() {
        String bash = Cli.run("completion", "bash").out();
        String zsh = Cli.run("completion", "zsh").out();
        String fish = Cli.run("completion", "fish").out();
        assertThat(zsh).startsWith("#compdef nocontact\n").doesNotContain("bashcompinit");
        List<String> paths = new ArrayList<>();
        collect(Main.everyCommand(), "", paths);
        assertThat(paths).contains("check", "ask", "rules", "rules test", "completion");
        for (String path : paths) {
            String name = path.substring(path.lastIndexOf(' ') + 1);
            assertThat(bash).as(path).contains("_picocli_nocontact_" + path.replace(' ', '_').replace("-", ""));
            assertThat(fish).as(path).contains("-a '" + name + "'");
            assertThat(zsh).as(path).contains("_nocontact__" + path.replace(" ", "__").replace('-', '_') + "() {");
        }
        assertThat(fish).contains("-l profile -x -a 'standard strict'").contains("-l format -x -a 'text json'");
        assertThat(zsh).contains(":NAME:(standard strict)'").contains(":FORMAT:(text json)'");
    }

    @Test
    void anUnknownShellIsAWrongCommandLine() {
        Cli.Result r = Cli.run("completion", "tcsh");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("tcsh");
    }

    @Test
    void aRunBuildsOnlyTheCommandItRuns() {
        assertThat(Subcommands.addFor(new CommandLine(new Main()), new String[] {"check", "x.json"}).getSubcommands())
                .containsOnlyKeys("check");
        assertThat(Subcommands.addFor(new CommandLine(new Main()), new String[] {"--help"}).getSubcommands())
                .containsKeys("ask", "check", "rules", "completion", "help");
        assertThat(Subcommands.addFor(new CommandLine(new Main()), new String[] {"chek"}).getSubcommands())
                .containsKeys("ask", "check");
    }

    private static void collect(CommandLine command, String path, List<String> into) {
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                String longer = path.isEmpty() ? name : path + " " + name;
                into.add(longer);
                collect(sub, longer, into);
            }
        });
    }
}
