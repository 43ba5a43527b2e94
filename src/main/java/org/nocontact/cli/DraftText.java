package org.nocontact.cli;

import java.util.List;
import java.util.function.UnaryOperator;
import org.nocontact.advice.draft.DraftNote;
import org.nocontact.advice.draft.DraftReview;
import org.nocontact.text.Texts;

/**
 * The person's draft as text: its lines numbered, each note under the line it concerns, a note on
 * the whole draft, and (where there are notes) words they could use; or, where the draft stays unsent, only kind words
 * about where to put it (the draft is not shown again, nor picked apart).
 */
final class DraftText {
    private final Style style;
    private final int width;
    private final UnaryOperator<String> sourceMark;
    private final String sourceSeparator;

    /** Numbers in order ("[1,2]", never "[2,1]"); ids (in `how`) stay as the rule gives them (a stable sort). */
    private static final java.util.Comparator<String> NUMBERS_IN_ORDER = (a, b) ->
            a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)
                    ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : 0;

    /** Notes cite their sources by id (for `how`, the technical view). */
    DraftText(Style style, int width) {
        this(style, width, UnaryOperator.identity(), ", ");
    }

    /**
     * Notes cite each source as {@code sourceMark} gives it (its number in the verdict's Sources list),
     * joined by {@code sourceSeparator}.
     */
    DraftText(Style style, int width, UnaryOperator<String> sourceMark, String sourceSeparator) {
        this.style = style;
        this.width = width;
        this.sourceMark = sourceMark;
        this.sourceSeparator = sourceSeparator;
    }

    String render(DraftReview draft) {
        StringBuilder out = new StringBuilder("\n").append(style.heading("Your draft")).append('\n');
        if (draft.unsent().isPresent()) {
            wrap(out, draft.unsent().get(), "  ", "  ");
            return out.toString();
        }
        if (!draft.reviewed()) {
            wrap(out, "This rule set has no draft rules, so your draft was not read.", "  ", "  ");
            return out.toString();
        }
        List<String> lines = draft.lines();
        int digits = String.valueOf(lines.size()).length();
        String gap = " ".repeat(digits + 4);
        for (int i = 0; i < lines.size(); i++) {
            String number = String.format("  %" + digits + "d  ", i + 1);
            String line = Texts.printable(lines.get(i));
            out.append(line.isBlank() ? number.stripTrailing() + "\n" : Texts.wrap(line, width, number, gap));
            for (DraftNote note : draft.notesOnLine(i + 1)) {
                wrap(out, style.bold("\u2191 \"" + Texts.printable(note.excerpt()) + "\"") + ": " + noteText(note),
                        gap, gap + "  ");
            }
        }
        for (DraftNote note : draft.notesOnLine(DraftNote.WHOLE_DRAFT)) {
            out.append('\n');
            wrap(out, style.bold("The whole draft") + ": " + noteText(note), "  ", "    ");
        }
        if (draft.notes().isEmpty()) {
            out.append('\n');
            wrap(out, "No notes: every line keeps to what this way of contacting them allows.", "  ", "  ");
            return out.toString();
        }
        draft.wordsYouCouldUse().ifPresent(words -> {
            out.append('\n');
            wrap(out, "Words you could use:", "  ", "  ");
            wrap(out, Texts.printable(words), "    ", "    ");
        });
        return out.toString();
    }

    /**
     * Words kept from the plan as if said to them (a plan to turn up, with no draft written): shown as
     * what the person said they would do, quoted whole; the verdict above says what to do with it.
     */
    String renderAsThePlan(DraftReview draft) {
        StringBuilder out = new StringBuilder("\n").append(style.heading("What you said you would do")).append('\n');
        wrap(out, "\"" + Texts.printable(String.join(" ", draft.lines()).strip()) + "\"", "  ", "   ");
        return out.toString();
    }

    private String noteText(DraftNote note) {
        return Texts.printable(note.text() + " " + note.instead()) + " "
                + style.dim("[" + Texts.printable(String.join(sourceSeparator, note.sources().stream().map(sourceMark).sorted(NUMBERS_IN_ORDER).toList())) + "]");
    }

    private void wrap(StringBuilder out, String text, String firstIndent, String indent) {
        out.append(Texts.wrap(text, width, firstIndent, indent));
    }
}
