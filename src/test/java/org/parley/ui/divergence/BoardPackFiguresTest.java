package org.parley.ui.divergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.Seat;
import org.parley.domain.quant.SimulationProgress;
import org.parley.exchange.pdf.BoardPack;
import org.parley.exchange.pdf.Figure;
import org.parley.store.Store;
import org.parley.testing.QuantWorkshop;
import org.parley.testing.TestStores;
import org.testfx.framework.junit5.ApplicationExtension;

/** The board pack's charts come from the window's painters, at three times its resolution, in the parties' colours. */
@ExtendWith(ApplicationExtension.class)
class BoardPackFiguresTest {

    @TempDir
    Path folder;

    @Test
    void theSampleWorkshopGivesTheMapAndThreeHeatmapsAtPrintResolution() {
        try (Store store = TestStores.open(folder)) {
            BoardPack pack = samplePack(store);
            assertThat(pack.losses()).as("the sample has no loss estimates").isEmpty();

            // Called from the test's thread, not the FX thread: the figures are drawn there all the same.
            List<Figure> figures = BoardPackFigures.drawOnFxThread(pack);

            assertThat(figures).hasSize(4);
            BufferedImage map = figures.get(0).image();
            assertThat(map.getWidth()).isEqualTo(2880);
            assertThat(map.getHeight()).isEqualTo(1800);
            assertThat(figures.get(0).widthShare()).isEqualTo(1.0);
            assertThat(pixelsOf(map, pack.party(Seat.FIRST).colour())).as("first party's colour").isGreaterThan(200);
            assertThat(pixelsOf(map, pack.party(Seat.SECOND).colour())).as("second party's colour").isGreaterThan(200);
            for (Figure heatmap : figures.subList(1, 4)) {
                assertThat(heatmap.image().getWidth()).as(heatmap.title()).isGreaterThanOrEqualTo(1500);
                assertThat(heatmap.widthShare()).isLessThan(1.0);
                assertThat(shades(heatmap.image())).as(heatmap.title() + " is not blank").isGreaterThan(10);
            }
            assertThat(pixelsOf(figures.get(1).image(), Heatmap.blend(Color.web(pack.party(Seat.FIRST).colour()), 0.84)))
                    .as("the first party's busiest cell in its colour").isGreaterThan(100);
            assertThat(figures).allSatisfy(figure -> {
                assertThat(figure.title()).isNotBlank();
                assertThat(figure.caption()).containsAnyOf(pack.party(Seat.FIRST).roleLabel(),
                        pack.party(Seat.SECOND).roleLabel());
            });
        }
    }

    @Test
    void withLossEstimatesTheLossesChartFollowsTheHeatmaps() {
        try (Store store = TestStores.open(folder)) {
            QuantWorkshop quant = QuantWorkshop.create(store);
            quant.revealAppetites();
            BoardPack pack = quant.services.boardPack().assemble(quant.workshop.id(), true, SimulationProgress.NONE);
            assertThat(pack.losses()).isPresent();

            List<Figure> figures = BoardPackFigures.drawOnFxThread(pack);

            assertThat(figures).hasSize(5);
            Figure losses = figures.get(4);
            assertThat(losses.title()).contains(pack.currency());
            assertThat(losses.caption()).contains("tolerance");
            assertThat(losses.image().getWidth()).isEqualTo(2880);
            assertThat(pixelsOf(losses.image(), quant.ciso.colour())).isGreaterThan(200);
            assertThat(pixelsOf(losses.image(), quant.cto.colour())).isGreaterThan(200);
        }
    }

    @Test
    void drawingOffTheFxThreadIsRefused() {
        try (Store store = TestStores.open(folder)) {
            BoardPack pack = samplePack(store);
            assertThatThrownBy(() -> BoardPackFigures.draw(pack)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("drawOnFxThread");
        }
    }

    /** The board pack of the sample workshop a first start creates: agreed initiatives only. */
    private static BoardPack samplePack(Store store) {
        Services services = Services.openedOn(store);
        long id = services.workshops().workshops().get(0).id();
        return services.boardPack().assemble(id, false, SimulationProgress.NONE);
    }

    /** How many pixels are, within a little antialiasing, of this colour. */
    private static int pixelsOf(BufferedImage image, String web) {
        return pixelsOf(image, Color.web(web));
    }

    private static int pixelsOf(BufferedImage image, Color colour) {
        int red = (int) Math.round(colour.getRed() * 255);
        int green = (int) Math.round(colour.getGreen() * 255);
        int blue = (int) Math.round(colour.getBlue() * 255);
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if (Math.abs(((argb >> 16) & 0xff) - red) <= 6 && Math.abs(((argb >> 8) & 0xff) - green) <= 6
                        && Math.abs((argb & 0xff) - blue) <= 6) {
                    count++;
                }
            }
        }
        return count;
    }

    /** How many different colours the picture holds: a blank one holds one or two. */
    private static long shades(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
