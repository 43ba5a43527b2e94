package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.tracker.DataFolder;
import org.nocontact.tracker.Store;
import org.nocontact.tracker.Tracker;

/**
 * Ctrl-C in `urge`, at a real terminal (tmux), with answers kept: while it is still starting and at its first safety
 * question, it says it stopped and kept nothing, with the help line (no safety question has had its no), exit 130,
 * as `ask` does. It ended silently while starting, and without the help line at its first question.
 */
class UrgeCtrlCInTerminalIT {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();

    @RegisterExtension
    final TmuxPane pane = new TmuxPane("nocontact-urge-it");

    @TempDir
    Path data;

    @BeforeEach
    void keptAnswers() {
        try (Tracker t = new Tracker(Store.open(DataFolder.resolve(Optional.of(data), Map.of(), "/none")))) {
            t.keep("""
                    {"today": "2026-11-30", "breakup": {"date": "2026-11-20", "initiatedBy": "them"}, "goal": "reconcile",
                     "plan": {"action": "text", "purpose": "feelings"}}
                    """, LocalDate.of(2026, 11, 30));
        }
    }

    @Test
    void ctrlCWhileUrgeIsStillStartingStopsWithTheHelpLine() throws Exception {
        start();
        pane.waitForProgram("java");
        stopsWithTheHelpLine();
        assertThat(pane.capture()).doesNotContain("thoughts of hurting yourself?");
    }

    @Test
    void ctrlCAtUrgesFirstSafetyQuestionStopsWithTheHelpLine() throws Exception {
        start();
        pane.waitForNew("thoughts of hurting yourself?");
        stopsWithTheHelpLine();
    }

    private void start() throws Exception {
        pane.start(ROOT, "./nocontact urge --country GB --today 2026-12-10 --data " + data, 80);
    }

    private void stopsWithTheHelpLine() throws Exception {
        pane.keys("C-c");
        String screen = pane.waitForNew("EXIT=").replaceAll("\\s+", " ");
        assertThat(screen).contains("nocontact: stopped. Nothing was kept.", "Help now: emergency 999 (or 112); Samaritans",
                "EXIT=130").doesNotContain("Exception");
    }
}
