package org.parley.exchange.pdf;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A chart the board pack prints, drawn by the window's own painters at print resolution.
 *
 * @param title   what the chart shows, above it, e.g. "Divergence map"
 * @param caption how to read it, below it
 * @param image   the chart; printed {@code widthShare} of the text width wide, its height in proportion
 */
public record Figure(String title, String caption, BufferedImage image, double widthShare) {

    public Figure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(image, "image");
        if (!(widthShare > 0 && widthShare <= 1)) {
            throw new IllegalArgumentException("A figure is printed a share of the text width, above 0 and up to 1, "
                    + "not " + widthShare);
        }
    }
}
