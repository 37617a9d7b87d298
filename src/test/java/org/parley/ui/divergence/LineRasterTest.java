package org.parley.ui.divergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LineRasterTest {

    @Test
    void aLineThroughPixelCentresCoversExactlyThem() {
        LineRaster raster = new LineRaster(10, 10);
        raster.line(0.5, 3.5, 9.5, 3.5);
        for (int x = 0; x < 10; x++) {
            assertThat(raster.coverage(x, 3)).isEqualTo(1f);
            assertThat(raster.coverage(x, 2)).isZero();
            assertThat(raster.coverage(x, 4)).isZero();
        }
    }

    @Test
    void aLineBetweenTwoRowsIsSharedBetweenThem() {
        LineRaster raster = new LineRaster(10, 10);
        raster.line(0.5, 4.0, 9.5, 4.0);
        assertThat(raster.coverage(5, 3)).isCloseTo(0.5f, within(1e-6f));
        assertThat(raster.coverage(5, 4)).isCloseTo(0.5f, within(1e-6f));
    }

    @Test
    void steepLinesStepDownTheRowsAndLinesOffTheEdgeAreClipped() {
        LineRaster raster = new LineRaster(10, 10);
        raster.line(2.5, -5, 2.5, 20);
        for (int y = 0; y < 10; y++) {
            assertThat(raster.coverage(2, y)).isEqualTo(1f);
        }
    }

    @Test
    void overlappingLinesCompoundButNeverExceedOpaque() {
        LineRaster raster = new LineRaster(4, 1);
        for (int i = 0; i < 100; i++) {
            raster.line(0.5, 0.5, 1.5, 0.5);
        }
        raster.line(2.5, 0.5, 2.5, 0.5);
        int[] pixels = raster.argb(0x57606a, 0.1);
        assertThat(pixels[0] >>> 24).isEqualTo(255);
        assertThat(pixels[0] & 0xFFFFFF).isEqualTo(0x57606a);
        assertThat(pixels[2] >>> 24).isBetween(25, 26);
        assertThat(pixels[3]).isZero();
    }
}
