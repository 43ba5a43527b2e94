package org.nocontact.authoring;

import org.nocontact.text.Texts;

/**
 * JUnit XML as strict consumers read it (valid against the Jenkins xunit plugin's junit-10.xsd):
 * a testsuites root, one testsuite per case file with the file in its {@code file} attribute, and
 * testcases with only the attributes that schema allows; each failure's text begins with the
 * case's file:line:column.
 */
public final class JUnitXml {
    private JUnitXml() {
    }

    public static String of(String title, TestReport report) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"").append(escape(title)).append("\" tests=\"").append(report.tests())
                .append("\" failures=\"").append(report.failures()).append("\" errors=\"0\">\n");
        for (TestReport.Suite suite : report.suites()) {
            xml.append("  <testsuite name=\"").append(escape(suite.name())).append("\"");
            if (!suite.file().isEmpty()) {
                xml.append(" file=\"").append(escape(suite.file())).append("\"");
            }
            xml.append(" tests=\"").append(suite.checks().size()).append("\" failures=\"").append(suite.failures())
                    .append("\" errors=\"0\" skipped=\"0\">\n");
            for (TestReport.Check check : suite.checks()) {
                xml.append("    <testcase classname=\"").append(escape(classname(suite.name()))).append("\" name=\"")
                        .append(escape(check.name())).append("\"");
                if (check.passed()) {
                    xml.append("/>\n");
                    continue;
                }
                boolean inAFile = check.kind() == TestReport.Kind.CASE || check.kind() == TestReport.Kind.INTERVIEW
                        || check.kind() == TestReport.Kind.LOAD;
                String at = inAFile ? check.file() + ":" + check.position() + ": " : "";
                xml.append(">\n      <failure type=\"failure\" message=\"").append(escape(check.failures().get(0)))
                        .append("\">").append(escape(at + check.details())).append("</failure>\n    </testcase>\n");
            }
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    /** The case file's name without folders or extension: what a CI page shows as the group. */
    static String classname(String suite) {
        String name = suite.substring(Math.max(suite.lastIndexOf('/'), suite.lastIndexOf('\\')) + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** XML-escaped, line by line, with control characters shown as text rather than dropped or passed on. */
    static String escape(String text) {
        String printable = String.join("\n", text.replace("\r\n", "\n").lines().map(Texts::printable).toList());
        StringBuilder out = new StringBuilder(printable.length());
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
