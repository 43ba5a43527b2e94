package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `nocontact rules`: a run of one tool builds only that tool's model; its help and its mistakes still know every tool. */
class RulesCommandTest {
    @Test
    void aRunOfOneToolBuildsOnlyThatToolsCommand() {
        assertThat(RulesCommand.command(new String[] {"test", "--coverage"}).getSubcommands()).containsOnlyKeys("test");
        assertThat(RulesCommand.command(new String[] {"diff", "--base", "rules"}).getSubcommands()).containsOnlyKeys("diff");
    }

    @Test
    void withoutAToolNamedEveryToolIsThereInOrder() {
        for (String[] rest : new String[][] {{}, {"--help"}, {"tset"}, {"help"}}) {
            assertThat(RulesCommand.command(rest).getSubcommands().keySet()).containsExactly("test", "lint", "diff");
        }
    }

    @Test
    void theHelpListsEveryToolAndAMistypedToolPointsToIt() {
        Cli.Result help = Cli.run("rules", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("  test ", "  lint ", "  diff ");
        Cli.Result typo = Cli.run("rules", "tset");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("'tset'", "nocontact rules --help");
        assertThat(typo.out()).isEmpty();
    }

    @Test
    void aToolsOwnHelpIsItsOwn() {
        Cli.Result help = Cli.run("rules", "test", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Run scenario cases against a rule set.");
    }
}
