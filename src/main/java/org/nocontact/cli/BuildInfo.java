package org.nocontact.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into the jar. */
final class BuildInfo {
    private BuildInfo() {
    }

    static String version() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/nocontact/version.properties")) {
            if (in == null) {
                return "(development)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(development)");
        } catch (IOException e) {
            return "(development)";
        }
    }
}
