package org.nocontact.cli;

import org.nocontact.json.Position;

/** GitHub Actions workflow commands (annotations), escaped as GitHub requires. */
final class GithubAnnotations {
    private GithubAnnotations() {
    }

    /** An annotation on a file's line and column: {@code ::error file=F,line=L,col=C,title=T::message}. */
    static String at(String level, String file, Position position, String title, String message) {
        return "::" + level + " file=" + property(file) + ",line=" + position.line() + ",col=" + position.column()
                + ",title=" + property(title) + "::" + data(message);
    }

    /** An annotation on no particular file. */
    static String general(String level, String title, String message) {
        return "::" + level + " title=" + property(title) + "::" + data(message);
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
