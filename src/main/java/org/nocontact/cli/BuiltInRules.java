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

    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "nocontact-rules");
        thread.setDaemon(true);
        thread.start();
    }
}
