package org.nocontact.cli;

/** GitHub workflow-command escaping, for messages and for property values. */
final class Annotations {
    private Annotations() {
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
