package org.nocontact.cli;

/** GitHub workflow-command escaping, for messages and for property values (as {@link GithubAnnotations} escapes them). */
final class Annotations {
    private Annotations() {
    }

    static String data(String text) {
        return GithubAnnotations.data(text);
    }

    static String property(String text) {
        return GithubAnnotations.property(text);
    }
}
