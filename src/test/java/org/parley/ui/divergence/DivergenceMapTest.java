package org.parley.ui.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.DivergenceClass;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map on screen: hover names an initiative, a click selects it, filters hide it, export writes a PNG. */
@ExtendWith(ApplicationExtension.class)
class DivergenceMapTest {

    private static final long ASSISTANT = 1;

    @TempDir
    Path folder;
    private DivergenceMap map;

    @Start
    void start(Stage stage) {
        map = new DivergenceMap();
        map.itemsProperty().set(Samples.workshop());
        map.frontier1Property().set(Samples.CISO);
        map.frontier2Property().set(Samples.CTO);
        map.agreedFrontierProperty().set(Samples.AGREED);
        Scenes.show(stage, map, 900, 600);
    }

    private Point2D onScreen(long id, int party) {
        Point2D local = map.pointOf(id, party).orElseThrow();
        return map.localToScreen(local);
    }

    @Test
    void hoveringAPointNamesTheInitiativeAndClickingSelectsIt(FxRobot robot) {
        robot.moveTo(onScreen(ASSISTANT, 1));
        Node hover = robot.lookup("#map-hover").query();
        assertThat(hover.isVisible()).isTrue();
        assertThat(robot.lookup("#map-hover-title").queryAs(Label.class).getText())
                .isEqualTo("Generative-AI customer support assistant");
        assertThat(robot.lookup("#map-hover-scores").queryAs(Label.class).getText())
                .isEqualTo("CISO: value 3.5, risk 16 · CTO: value 4.5, risk 9");

        robot.clickOn(onScreen(ASSISTANT, 2));
        assertThat(map.selectedIdProperty().get()).isEqualTo(ASSISTANT);

        // Top left of the plot: value 1, risk 25; no initiative is there.
        robot.clickOn(map.localToScreen(MapGeometry.of(map.getWidth(), map.getHeight()).x(1.1), 50));
        assertThat(map.selectedIdProperty().get()).isEqualTo(-1);
        assertThat(hover.isVisible()).isFalse();
    }

    @Test
    void aFilteredClassCanNeitherBeSeenNorPicked(FxRobot robot) {
        MapItem assistant = Samples.workshop().get(0);
        Point2D point = map.pointOf(ASSISTANT, 1).orElseThrow();
        assertThat(map.itemAt(point.getX(), point.getY())).contains(assistant);

        EnumSet<DivergenceClass> others = EnumSet.complementOf(EnumSet.of(assistant.divergenceClass()));
        robot.interact(() -> map.shownClassesProperty().set(others));
        assertThat(map.itemAt(point.getX(), point.getY())).isEmpty();
        robot.moveTo(map.localToScreen(point));
        assertThat(robot.lookup("#map-hover").query().isVisible()).isFalse();
    }

    @Test
    void manyChangesAtOnceAreDrawnOnceAndASelectionRedrawsOnlyTheTopLayer(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int before = map.paints();
        robot.interact(() -> {
            map.itemsProperty().set(Samples.many(10_000, 11));
            map.frontier1Property().set(Samples.CTO);
            map.frontier2Property().set(Samples.CISO);
            map.label1Property().set("CIO");
            map.selectedIdProperty().set(1000);
        });
        waitForLines();
        assertThat(map.paints()).as("once for the changes, once more when the 10,000 lines are rasterised")
                .isEqualTo(before + 2);

        int itemsDrawn = map.basePaints();
        robot.interact(() -> map.selectedIdProperty().set(1001));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.paints()).isEqualTo(before + 3);
        assertThat(map.basePaints()).as("a new selection leaves the 10,000 items alone").isEqualTo(itemsDrawn);
    }

    @Test
    void theLinesOfThousandsOfItemsAreRasterisedOffTheFxThreadAndDrawnWhenReady(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int before = map.basePaints();
        robot.interact(() -> map.itemsProperty().set(Samples.many(10_000, 11)));
        waitForLines();
        assertThat(map.basePaints()).as("the items are drawn at once, and again with their lines").isEqualTo(before + 2);

        robot.interact(() -> map.itemsProperty().set(Samples.many(10_000, 12)));
        robot.interact(() -> map.itemsProperty().set(Samples.many(10_000, 13)));
        waitForLines();
        int settled = map.basePaints();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.basePaints()).as("lines for items replaced meanwhile are dropped").isEqualTo(settled);
    }

    private void waitForLines() {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(map::linesPending).get() == Boolean.FALSE;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The lines were not rasterised in 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportWritesAPngOfTheAskedSizeAndLeavesNoTemporaryFile(FxRobot robot) throws Exception {
        Path file = folder.resolve("divergence map.png");
        map.exportPng(file, 1600, 1000);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
        // The margin is white, not transparent: the picture reads the same on any background.
        assertThat(image.getRGB(2, 2)).isEqualTo(0xFFFFFFFF);

        robot.interact(() -> {
            try {
                map.exportPng(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) map.getWidth());
        assertThat(image.getHeight()).isEqualTo((int) map.getHeight());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("divergence map.png"));
        }
    }
}
