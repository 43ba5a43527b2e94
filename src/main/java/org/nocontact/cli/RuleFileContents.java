package org.nocontact.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nocontact.json.InputException;
import org.nocontact.rules.RuleFiles;

/**
 * The contents of the files a rule set was loaded from, as one digest: what {@link RuleSetMemory}
 * is kept under, so that it is never used for rule files that hold anything else.
 */
final class RuleFileContents {
    private RuleFileContents() {
    }

    /** Rule files that note every file the loader opens and each byte it read. */
    static final class Recording implements RuleFiles {
        private final RuleFiles files;
        private final Map<String, byte[]> read = new LinkedHashMap<>();
        private boolean consistent = true;

        Recording(RuleFiles files) {
            this.files = files;
        }

        @Override
        public InputStream open(String fileName) throws IOException {
            try (InputStream in = files.open(fileName)) {
                byte[] bytes = in.readAllBytes();
                byte[] before = read.putIfAbsent(fileName, bytes);
                consistent &= before == null || Arrays.equals(before, bytes);
                return new ByteArrayInputStream(bytes);
            }
        }

        @Override
        public String display(String fileName) {
            return files.display(fileName);
        }

        @Override
        public InputException unreadable(String fileName, String fix) {
            return files.unreadable(fileName, fix);
        }

        @Override
        public List<String> names() {
            return files.names();
        }

        /** Each file opened, in the order first opened, with what it held. */
        Map<String, byte[]> read() {
            return read;
        }

        /** Whether a file opened twice held the same both times (it did not change during the load). */
        boolean consistent() {
            return consistent;
        }
    }

    /** The digest of the named files as they are in the folder now; empty when one cannot be read. */
    static byte[] now(String code, Path folder, List<String> fileNames, int maxBytes) {
        RuleFiles files = RuleFiles.folder(folder);
        Map<String, byte[]> now = new LinkedHashMap<>();
        for (String name : fileNames) {
            try (InputStream in = files.open(name)) {
                now.put(name, in.readNBytes(maxBytes));
            } catch (IOException e) {
                return new byte[0];
            }
        }
        return digest(code, files, now);
    }

    /** One digest of the code, and of each file read: its name, how it is shown, and every byte. */
    static byte[] digest(String code, RuleFiles files, Map<String, byte[]> read) {
        MessageDigest sha = sha256();
        sha.update(code.getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> entry : read.entrySet()) {
            sha.update(("\n" + entry.getKey() + "\n" + files.display(entry.getKey()) + "\n" + entry.getValue().length + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(entry.getValue());
        }
        return sha.digest();
    }

    static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
