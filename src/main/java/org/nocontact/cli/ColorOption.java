package org.nocontact.cli;

import org.nocontact.terminal.Screen;
import picocli.CommandLine.Option;

/** --color, for every command that prints a verdict for a person; the text is wrapped to the screen's width. */
final class ColorOption {
    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "auto (the default: only on a terminal, never with NO_COLOR), always or never.")
    Style.When when;

    TextRenderer renderer() {
        return renderer(Screen.width());
    }

    /** For a width read just now (a terminal resized while the interview ran). */
    TextRenderer renderer(int width) {
        return new TextRenderer(Style.decide(when), width);
    }

    /** A line naming what follows (a file's name over its verdict), bold and underlined where colour is on. */
    String heading(String text) {
        return Style.decide(when).heading(text);
    }

    AheadText aheadText() {
        return aheadText(Screen.width());
    }

    AheadText aheadText(int width) {
        return new AheadText(Style.decide(when), width);
    }
}
