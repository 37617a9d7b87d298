package org.parley.ui.divergence;

import javafx.scene.paint.Color;
import org.parley.domain.Band;
import org.parley.domain.DivergenceClass;
import org.parley.domain.Seat;

/**
 * The one place for the colours and words of divergence classes and risk bands, so that the map's legend,
 * the chips and other screens agree. Class colours avoid the parties' default blue and orange hues where
 * they can: a perception gap is purple, not blue.
 */
public final class DivergenceStyles {

    /** The colour of the agreed appetite and of other neutral ink on charts. */
    public static final Color NEUTRAL_INK = Color.web("#24292f");

    private DivergenceStyles() {
    }

    /** Aligned accept green, aligned reject grey, perception gap purple, appetite gap orange, both red. */
    public static Color colourOf(DivergenceClass divergenceClass) {
        return switch (divergenceClass) {
            case ALIGNED_ACCEPT -> Color.web("#1a7f37");
            case ALIGNED_REJECT -> Color.web("#6e7781");
            case PERCEPTION_GAP -> Color.web("#8250df");
            case APPETITE_GAP -> Color.web("#bc4c00");
            case BOTH -> Color.web("#cf222e");
        };
    }

    /** The short words for a class, as in the legend: "Aligned: accept", "Perception gap", … */
    public static String labelOf(DivergenceClass divergenceClass) {
        return divergenceClass == null ? "Not classified yet" : divergenceClass.label();
    }

    /** The CSS class of a chip of this class, e.g. {@code divergence-appetite-gap} (rules in parley.css). */
    public static String styleClassOf(DivergenceClass divergenceClass) {
        return divergenceClass == null ? "divergence-unknown"
                : "divergence-" + divergenceClass.jsonName().replace('_', '-');
    }

    /** A seat's default colour, for charts shown before the parties have chosen theirs. */
    public static Color defaultColourOf(Seat seat) {
        return Color.web(seat.defaultColour());
    }

    /** The faint background of a risk band on charts (the band chips' background colours). */
    public static Color tintOf(Band band) {
        return switch (band) {
            case LOW -> Color.web("#dafbe1");
            case MEDIUM -> Color.web("#fff8c5");
            case HIGH -> Color.web("#ffe7d1");
            case CRITICAL -> Color.web("#ffebe9");
        };
    }

    /** The ink of a risk band's label (the band chips' text colours). */
    public static Color inkOf(Band band) {
        return switch (band) {
            case LOW -> Color.web("#116329");
            case MEDIUM -> Color.web("#7d4e00");
            case HIGH -> Color.web("#953800");
            case CRITICAL -> Color.web("#a40e26");
        };
    }
}
