package org.nocontact.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ctrl-C in the first moments of `ask` or `urge`, before its conversation has set its own hook: the same
 * "stopped" line and help line as later, not a silent exit 130 (the person has not yet said they are
 * safe). The lines come from the hidden {@code --stopped-before-start} path of the command, the one place
 * they are made; the launcher runs the same path when Ctrl-C comes before Java could catch it at all.
 */
final class EarlyCtrlC {
    /** The file the launcher made: removed once Java will answer Ctrl-C itself. */
    static final String MARKER = "nocontact.ctrlc.marker";

    private enum State { WATCHING, HANDED_OVER, SAID }

    private static final AtomicReference<State> STATE = new AtomicReference<>(State.WATCHING);

    private EarlyCtrlC() {
    }

    /** For `ask` and `urge`: answers Ctrl-C from now until the conversation takes over or the command ends. */
    static void watch(String[] args) {
        if (args.length == 0 || !(args[0].equals("ask") || args[0].equals("urge"))) {
            return;
        }
        String[] stopped = Arrays.copyOf(args, args.length + 1);
        stopped[args.length] = AskCommand.STOPPED_BEFORE_START;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (STATE.compareAndSet(State.WATCHING, State.SAID)) {
                Main.run(stopped, StandardStreams.out(), StandardStreams.err());
            }
        }));
        String marker = System.getProperty(MARKER);
        if (marker != null && !marker.isEmpty()) {
            try {
                Files.deleteIfExists(Path.of(marker));
            } catch (IOException | RuntimeException e) {
                // the launcher would say the lines a second time: no worse than before
            }
        }
    }

    /**
     * The interview's hook takes over (or the command ended): true when it is the one to speak, false
     * when the lines were said already.
     */
    static boolean handOver() {
        STATE.compareAndSet(State.WATCHING, State.HANDED_OVER);
        return STATE.get() == State.HANDED_OVER;
    }
}
