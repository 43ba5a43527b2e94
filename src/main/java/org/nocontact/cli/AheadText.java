package org.nocontact.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.nocontact.advice.ProjectedDay;
import org.nocontact.advice.Timeline;
import org.nocontact.text.Texts;
import org.nocontact.rules.DayWords;
import org.nocontact.rules.Verdict;

/** What the days ahead hold, as a person reads it ({@code check --ahead}, {@code ahead} in the interview). */
final class AheadText {
    private final Style style;
    private final int width;

    AheadText(Style style, int width) {
        this.style = style;
        this.width = width;
    }

    String render(Timeline timeline) {
        StringBuilder out = new StringBuilder("\n").append(style.heading("The days ahead")).append('\n');
        wrap(out, "The next " + DayWords.days(timeline.days()) + ", if you keep to today's advice: the days the "
                + "advice changes, and the days that tend to be hard.", "  ", "  ");
        if (timeline.entries().isEmpty()) {
            wrap(out, "Nothing changes in that time: the advice stays as it is today.", "  ", "  ");
        }
        ProjectedDay before = timeline.start();
        for (Timeline.Entry entry : timeline.entries()) {
            out.append('\n');
            ProjectedDay day = entry.day();
            // Another deciding rule with the same verdict and the same openings is a new reason for
            // the same advice: "the advice changes" would read as "on that day I may write".
            boolean adviceStays = day.verdict() == before.verdict() && day.open().equals(before.open());
            String why = entry.marks().stream()
                    .map(m -> m == Timeline.Mark.ADVICE_CHANGES && adviceStays ? "the reason changes" : m.words())
                    .collect(Collectors.joining("; "));
            wrap(out, style.bold(DayWords.date(entry.date())) + " (" + why + ")", "  ", "  ");
            boolean onlyHard = !entry.marks().contains(Timeline.Mark.ADVICE_CHANGES)
                    && !entry.marks().contains(Timeline.Mark.PERIOD_COMPLETE);
            // A hard day where nothing changes: the advice as it stands, not another day's words
            // (no "Valentine's Day is not an exception" on Christmas Day).
            wrap(out, onlyHard ? "A day that tends to be hard; the advice stays as it is: "
                    + lowerFirst(day.verdict().headline()) + "."
                    : adviceStays ? "The advice stays: " + lowerFirst(day.verdict().headline()) + ". " + day.why()
                    : day.verdict().headline() + ". " + day.why(), "    ", "    ");
            before = day;
            Set<Verdict> others = EnumSet.noneOf(Verdict.class);
            others.addAll(day.open());
            others.remove(day.verdict());
            if (!others.isEmpty()) {
                wrap(out, "Depending on how you feel by then, it could also be: " + others.stream()
                        .map(v -> lowerFirst(v.headline()))
                        .collect(Collectors.joining(", ")) + ".", "    ", "    ");
            }
        }
        return out.toString();
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private void wrap(StringBuilder out, String text, String firstIndent, String indent) {
        out.append(Texts.wrap(text, width, firstIndent, indent));
    }
}
