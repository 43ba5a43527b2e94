package org.nocontact.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A run stopped in the middle of a write, for the signal probes of HostileEnvironmentIT: makes the
 * temporary file a save makes, names it on standard output, then waits until it is stopped.
 */
public final class PendingTemporaryFile {
    private PendingTemporaryFile() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path temp = AtomicFiles.createPrivateTemp(Path.of(args[0]).toAbsolutePath());
        System.out.println(temp);
        System.out.flush();
        Thread.sleep(120_000);
    }
}
