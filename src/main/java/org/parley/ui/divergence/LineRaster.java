package org.parley.ui.divergence;

/**
 * Thousands of faint, thin lines drawn into one pixel buffer in plain Java (Xiaolin Wu's antialiased
 * lines), so the canvas stamps a single picture instead of stroking each line: on the software pipeline
 * 10,000 strokes take a good part of a second, this a few milliseconds. Overlapping lines add up, so a
 * crowd of them shows as a denser haze.
 */
final class LineRaster {

    private final int width;
    private final int height;
    private final float[] coverage;

    LineRaster(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.coverage = new float[this.width * this.height];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** How much line has gone over the pixel, in pixels' worth of one opaque line. */
    float coverage(int x, int y) {
        return coverage[y * width + x];
    }

    void line(double x0, double y0, double x1, double y1) {
        boolean steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
        if (steep) {
            double swap = x0;
            x0 = y0;
            y0 = swap;
            swap = x1;
            x1 = y1;
            y1 = swap;
        }
        if (x0 > x1) {
            double swap = x0;
            x0 = x1;
            x1 = swap;
            swap = y0;
            y0 = y1;
            y1 = swap;
        }
        double dx = x1 - x0;
        double gradient = dx < 1e-9 ? 0 : (y1 - y0) / dx;
        // Pixel i spans [i, i + 1) with its centre at i + 0.5: visit the pixels whose centres the line passes
        // along its major axis, and share each between the two pixels nearest on the minor axis.
        int from = (int) Math.ceil(x0 - 0.5);
        int to = (int) Math.floor(x1 - 0.5);
        for (int major = from; major <= to; major++) {
            double minor = y0 + gradient * (major + 0.5 - x0) - 0.5;
            int lower = (int) Math.floor(minor);
            float upperShare = (float) (minor - lower);
            add(steep, major, lower, 1 - upperShare);
            add(steep, major, lower + 1, upperShare);
        }
    }

    private void add(boolean steep, int major, int minor, float amount) {
        int x = steep ? minor : major;
        int y = steep ? major : minor;
        if (x >= 0 && y >= 0 && x < width && y < height) {
            coverage[y * width + x] += amount;
        }
    }

    /**
     * The buffer as (non-premultiplied) ARGB pixels of {@code colour} (0xRRGGBB), each line contributing
     * {@code alpha}; overlaps compound like layers of tracing paper.
     */
    int[] argb(int rgb, double alpha) {
        int[] pixels = new int[coverage.length];
        double keep = Math.log1p(-Math.min(alpha, 0.999));
        for (int i = 0; i < coverage.length; i++) {
            float amount = coverage[i];
            if (amount > 0) {
                int a = (int) Math.round(255 * (1 - Math.exp(keep * amount)));
                pixels[i] = (a << 24) | (rgb & 0xFFFFFF);
            }
        }
        return pixels;
    }
}
