package org.nocontact.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.RuleSetSnapshot;

/**
 * The rule set inside the jar. The launcher's JVM starts loading it on a second thread while
 * picocli builds its command model, so the two largest pieces of start-up overlap on two cores.
 */
final class BuiltInRules {
    /** Set by the launcher (see ./nocontact) to the checkout's rules/ folder when it is newer than the jar. */
    static final String EDITED_RULES = "nocontact.rules.builtin";
    private static volatile CompletableFuture<RuleSet> loading;

    private BuiltInRules() {
    }

    static void startLoading() {
        if (loading == null) {
            loading = CompletableFuture.supplyAsync(BuiltInRules::load, BuiltInRules::startDaemon);
        }
    }

    static RuleSet get() {
        CompletableFuture<RuleSet> started = loading;
        if (started == null) {
            return load();
        }
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The jar's rules, from the snapshot the build made of them (no JSON read or checked), or, when
     * the launcher found the checkout's rules/ folder edited since the build, that folder as JSON:
     * a rule change can be tried at once, without a rebuild.
     */
    private static RuleSet load() {
        String edited = System.getProperty(EDITED_RULES, "");
        if (!edited.isEmpty()) {
            return RuleSetLoader.load(RuleFiles.folder(java.nio.file.Path.of(edited)));
        }
        return RuleSetSnapshot.builtIn().orElseGet(() -> RuleSetLoader.load(RuleFiles.builtIn()));
    }

    /**
     * The build's step (rule-snapshot in pom.xml, at process-classes): loads the built-in rules (the
     * JSON the build packed, from the class path), checks them as every start did, and writes the
     * snapshot to the file given. A rule set that does not load stops the build with its problems.
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length != 1) {
            System.err.println("usage: BuiltInRules SNAPSHOT_FILE");
            System.exit(2);
        }
        RuleSet rules;
        try {
            rules = RuleSetLoader.load(RuleFiles.builtIn());
        } catch (org.nocontact.json.InputException e) {
            System.err.println("the built-in rules do not load, so no snapshot was made:\n" + e.getMessage());
            System.exit(1);
            return;
        }
        java.nio.file.Path target = java.nio.file.Path.of(args[0]);
        java.nio.file.Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        java.nio.file.Files.write(temporary, org.nocontact.rules.SnapshotWriter.write(rules));
        java.nio.file.Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "nocontact-rules");
        thread.setDaemon(true);
        thread.start();
    }
}
