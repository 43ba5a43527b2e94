package org.nocontact.authoring;

import org.nocontact.json.Position;

/** A problem lint found: where (file, line:column, JSON path) and what, as an error or a warning. */
public record Finding(Severity severity, String file, Position position, String path, String message) {
    public enum Severity {
        ERROR, WARNING;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
