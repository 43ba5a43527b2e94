package org.nocontact.interview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.nocontact.files.AtomicFiles;

/**
 * Keeping the answers in a file: the one named with --save (written after each verdict), or one
 * named when the person types save at "More?". Writes are atomic and readable by the owner only; a
 * file that exists is replaced only when the person (or --force) says so. A failed write is said,
 * never thrown, and remembered until a save succeeds, so the run does not end as if all went well.
 */
public final class SaveDialogue {
    public static final String NOT_SAVED_FOR_SAFETY =
            "Nothing was saved: we stopped early for your safety, so there is nothing more to keep.";
    /** The file offered when the person presses Enter at "Save to which file?". */
    static final String FALLBACK = "my-situation.json";

    private final Console console;
    /** Where --save writes; empty without --save (or when the person chose not to replace a file). */
    private Optional<Path> save;
    /** Whether the --save file may replace one that exists: --force, or the person said so. */
    private boolean replaceSaved;
    /** The last file the answers were saved to (read by the Ctrl-C hook, on another thread). */
    private final AtomicReference<Optional<Path>> savedTo = new AtomicReference<>(Optional.empty());
    /** A save failed and none succeeded since. */
    private Optional<Path> failedSave = Optional.empty();
    /** Asks what a file needs and the conversation never asked (empty: the person left instead). */
    private Function<Interview.Outcome, Optional<Interview.Outcome>> forAFile = Optional::of;

    /**
     * @param save the --save file, checked already (empty without --save)
     * @param force whether it may replace a file that exists without asking
     */
    public SaveDialogue(Console console, Optional<Path> save, boolean force) {
        this.console = console;
        this.save = save;
        this.replaceSaved = force;
    }

    /** Before a file is written, what it needs and was never asked is asked in this interview ({@link Interview#forAFile}). */
    public SaveDialogue completing(Interview interview) {
        this.forAFile = interview::forAFile;
        return this;
    }

    /**
     * Before the first question: a --save file that exists is replaced only if the person says so
     * (or --force said so); otherwise nothing is saved there, and saving at the end stays on offer.
     */
    public void confirmReplacing() {
        if (save.isEmpty() || replaceSaved || !Files.exists(save.get())) {
            return;
        }
        Optional<String> answer = console.readLine(SaveTarget.shown(save.get()) + " exists already. Replace it with this "
                + "conversation? (yes or no) [no] > ");
        if (answer.map(a -> a.trim().toLowerCase(Locale.ROOT)).filter(a -> a.equals("y") || a.equals("yes")).isPresent()) {
            replaceSaved = true;
            return;
        }
        console.say("I'll leave it as it is. You can save under another name at the end.");
        save = Optional.empty();
    }

    /** After a verdict: the answers go to the --save file, if there is one (if that fails, it is offered no more). */
    public void afterVerdict(Interview.Outcome outcome) {
        if (save.isPresent() && !keep(save.get(), outcome, replaceSaved)) {
            save = Optional.empty();
        }
    }

    /** Whether saving is worth offering at "More?": not when --save keeps every verdict, nor after a safety stop. */
    public boolean worthOffering(Interview.Outcome outcome) {
        return save.isEmpty() && !outcome.safetyStop();
    }

    /** Asks for a file name until the answers are saved, or the person types cancel (or Ctrl-D). */
    public void offer(Interview.Outcome outcome) {
        if (outcome.safetyStop()) {
            console.say(NOT_SAVED_FOR_SAFETY);
            return;
        }
        String prompt = "Save to which file? (Enter for " + FALLBACK + ", or cancel)\n> ";
        while (true) {
            String typed = console.readLine(prompt).map(String::trim).orElse("cancel");
            if (typed.equalsIgnoreCase("cancel")) {
                console.say("Not saved.");
                return;
            }
            Path path = SaveTarget.resolve(typed.isEmpty() ? FALLBACK : typed);
            Optional<String> problem = SaveTarget.problem(path);
            if (problem.isPresent()) {
                console.say("I can't save there: " + problem.get() + " Type another file name, or cancel.");
                continue;
            }
            boolean exists = Files.exists(path, LinkOption.NOFOLLOW_LINKS);
            if (exists && !saysYes(console.readLine(SaveTarget.shown(path) + " exists already. Replace it? "
                    + "(yes or no) [no] > "))) {
                console.say("I'll leave it as it is. Type another file name, or cancel.");
                continue;
            }
            if (keep(path, outcome, exists)) {
                return;
            }
            console.say("Type another file name, or cancel.");
        }
    }

    private static boolean saysYes(Optional<String> answer) {
        return answer.isPresent() && answer.get().trim().toLowerCase(Locale.ROOT).startsWith("y");
    }

    /**
     * Saves what was said; after a safety stop says kindly why nothing is kept.
     * @param replace whether a file that exists at the last moment may be replaced; if not, it is left alone
     * @return false when the file could not be written
     */
    private boolean keep(Path path, Interview.Outcome outcome, boolean replace) {
        if (outcome.safetyStop()) {
            console.say(NOT_SAVED_FOR_SAFETY);
            return true;
        }
        Optional<String> file = forAFile.apply(outcome).flatMap(Interview.Outcome::file);
        if (file.isEmpty()) {
            console.say("Not saved.");
            return true;
        }
        try {
            AtomicFiles.write(path, file.get(), replace ? AtomicFiles.Replace.ALLOWED : AtomicFiles.Replace.NEVER);
        } catch (IOException e) {
            console.say("I couldn't save to " + SaveTarget.shown(path) + SaveTarget.reason(e).map(r -> " (" + r + ")").orElse("")
                    + ".");
            failedSave = Optional.of(path);
            return false;
        }
        savedTo.set(Optional.of(path));
        failedSave = Optional.empty();
        if (save.equals(Optional.of(path))) {
            replaceSaved = true; // the file this conversation wrote: the next verdict (after a change) replaces it
        }
        console.say("Saved to " + SaveTarget.shown(path) + " (only you can read it).");
        console.say("'nocontact check " + SaveTarget.shown(path) + "' gives this verdict again.");
        return true;
    }

    /** When the last save failed (and none succeeded since): a line saying so, for the end of the run. */
    public Optional<String> notSaved() {
        return failedSave.map(path -> "nocontact: your answers were not saved to " + SaveTarget.shown(path)
                + "; the verdict above still holds.");
    }

    /** The file the answers were last saved to in this conversation, if any. */
    public Optional<Path> savedTo() {
        return savedTo.get();
    }

    /** What Ctrl-C leaves behind: nothing, or the answers saved before it. Safe to call from another thread. */
    public String stopped() {
        return savedTo.get().map(path -> "nocontact: stopped. Your answers saved before are in " + SaveTarget.shown(path) + ".")
                .orElse("nocontact: stopped. Nothing was saved.");
    }
}
