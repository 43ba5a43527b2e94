package org.nocontact.cli;

import org.nocontact.terminal.Screen;
import org.nocontact.rules.Verdict;

/** Terminal styling, or none: colour only on a terminal, never with NO_COLOR or when piped. */
final class Style {
    enum When { AUTO, ALWAYS, NEVER }

    private final boolean on;

    private Style(boolean on) {
        this.on = on;
    }

    static Style decide(When when) {
        return new Style(switch (when) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> Screen.stdoutIsTerminal() && !noColorRequested() && !"dumb".equals(System.getenv("TERM"));
        });
    }

    private static boolean noColorRequested() {
        String value = System.getenv("NO_COLOR");
        return value != null && !value.isEmpty();
    }

    String bold(String text) {
        return wrap("1", text);
    }

    String dim(String text) {
        return wrap("2", text);
    }

    String heading(String text) {
        return wrap("1;4", text);
    }

    String verdict(Verdict verdict, String text) {
        String code = switch (verdict) {
            case SEEK_SUPPORT -> "1;35";
            case DO_NOT_CONTACT -> "1;33";
            case LOGISTICS_ONLY, RESPOND_BRIEFLY -> "1;36";
            case REACH_OUT -> "1;32";
        };
        return wrap(code, text);
    }

    private String wrap(String code, String text) {
        return on ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
