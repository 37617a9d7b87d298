package org.parley.exchange.pdf;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import java.util.Arrays;
import java.util.Locale;
import org.parley.domain.RuleViolation;

/** The paper a board pack is laid out for. */
public enum Paper {
    A4("A4", PageSize.A4),
    LETTER("Letter", PageSize.LETTER);

    private final String label;
    private final Rectangle portrait;

    Paper(String label, Rectangle portrait) {
        this.label = label;
        this.portrait = portrait;
    }

    public String label() {
        return label;
    }

    Rectangle portrait() {
        return new Rectangle(portrait);
    }

    /** Wider than high in its own right, not a portrait page turned: every reader then shows it the same way up. */
    Rectangle landscape() {
        return new Rectangle(portrait.getHeight(), portrait.getWidth());
    }

    /** "a4" or "letter", in any case. */
    public static Paper parse(String text) {
        String typed = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(paper -> paper.label.equalsIgnoreCase(typed)).findFirst()
                .orElseThrow(() -> new RuleViolation("paper", "The paper is A4 or Letter, not \u201C" + typed
                        + "\u201D."));
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
