package org.nocontact.authoring;

import java.util.List;

/** The JUnit XML that CI systems read: one testsuite, one testcase per case, failures with their reasons. */
public final class JUnitXml {
    private JUnitXml() {
    }

    public static String of(String suiteName, List<CaseRunner.Result> results) {
        long failures = results.stream().filter(r -> !r.passed()).count();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"").append(escape(suiteName)).append("\" tests=\"").append(results.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
        for (CaseRunner.Result r : results) {
            TestCase c = r.testCase();
            xml.append("  <testcase classname=\"").append(escape(c.file())).append("\" name=\"")
                    .append(escape(c.name())).append("\" file=\"").append(escape(c.file())).append("\" line=\"")
                    .append(c.position().line()).append("\"");
            if (r.passed()) {
                xml.append("/>\n");
            } else {
                xml.append(">\n    <failure message=\"").append(escape(r.failures().get(0))).append("\">")
                        .append(escape(String.join("\n", r.failures()) + "\n\n" + r.actual().evaluation().trace(false)))
                        .append("</failure>\n  </testcase>\n");
            }
        }
        return xml.append("</testsuite>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
