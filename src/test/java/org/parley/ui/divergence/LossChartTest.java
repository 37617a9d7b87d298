package org.parley.ui.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.quant.PortfolioLoss;
import org.parley.ui.common.LossAmounts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Losses chart on screen: one redraw per burst, its axis, what hovering reads, the empty state, the export. */
@ExtendWith(ApplicationExtension.class)
class LossChartTest {

    /** Where {@link #aRealisticWorkshopIsDrawnForALook} leaves its picture, when this property names a file. */
    private static final String PICTURE = "parley.losschart.png";

    @TempDir
    Path folder;
    private LossChart chart;

    @Start
    void start(Stage stage) {
        chart = new LossChart();
        chart.currencyProperty().set("EUR");
        Scenes.show(stage, chart, 900, 500);
    }

    private void showWorkshop(FxRobot robot) {
        PortfolioLoss ciso = LossSamples.cisoWorkshop();
        PortfolioLoss cto = LossSamples.ctoWorkshop();
        robot.interact(() -> setWorkshop(ciso, cto));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Both parties' losses and the three tolerances, in one event. */
    private void setWorkshop(PortfolioLoss ciso, PortfolioLoss cto) {
        chart.losses1Property().set(ciso);
        chart.losses2Property().set(cto);
        chart.tolerance1Property().set(LossSamples.CISO_TOLERANCE);
        chart.tolerance2Property().set(LossSamples.CTO_TOLERANCE);
        chart.agreedToleranceProperty().set(LossSamples.AGREED_TOLERANCE);
    }

    @Test
    void aBurstOfChangesIsSampledAndDrawnOnceAndAResizeDoesNotSampleAgain(FxRobot robot) {
        PortfolioLoss ciso = LossSamples.cisoWorkshop();
        PortfolioLoss cto = LossSamples.ctoWorkshop();
        WaitForAsyncUtils.waitForFxEvents();
        int paints = chart.paints();
        int samplings = chart.samplings();
        robot.interact(() -> {
            setWorkshop(ciso, cto);
            chart.colour1Property().set(Color.web("#0969da"));
            chart.label1Property().set("CIO");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.paints()).isEqualTo(paints + 1);
        assertThat(chart.samplings()).isEqualTo(samplings + 1);

        robot.interact(() -> chart.getScene().getWindow().setWidth(chart.getScene().getWindow().getWidth() - 100));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.paints()).as("a new size is drawn").isGreaterThan(paints + 1);
        assertThat(chart.samplings()).as("from the same samples").isEqualTo(samplings + 1);

        robot.interact(() -> chart.currencyProperty().set("USD"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.samplings()).as("a new currency is only words").isEqualTo(samplings + 1);
    }

    @Test
    void theLossAxisIsLabelledInDecadesWithCompactAmounts(FxRobot robot) {
        assertThat(chart.lossLabels()).containsExactly("1 k", "10 k", "100 k", "1 M", "10 M");
        showWorkshop(robot);
        // The tolerances reach from 100 k to 10 M, so the axis from 10 k to 100 M.
        assertThat(chart.lossLabels()).startsWith("10 k", "100 k", "1 M", "10 M").endsWith("100 M");
        assertThat(LossPainter.lossTitle("EUR")).isEqualTo("Annual loss (EUR)");
        assertThat(LossPainter.lossTitle("")).isEqualTo("Annual loss");
    }

    @Test
    void hoveringACurveSaysTheChanceOfExceedingTheLossUnderThePointer(FxRobot robot) {
        // One event of about 2 M in 40% of the years: the curve is flat at 40% from well below 1 M.
        PortfolioLoss step = LossSamples.twoMillion(0.4);
        robot.interact(() -> chart.losses1Property().set(step));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D point = chart.pointOf(1, 1_000_000).orElseThrow();
        String expected = "CISO: " + LossAmounts.percent(step.exceedance(1_000_000))
                + " chance a year's losses exceed 1.0 M EUR";
        assertThat(expected).matches("CISO: (39|40|41)% chance .*");
        assertThat(chart.textAt(point.getX(), point.getY())).hasValue(expected);

        robot.moveTo(chart.localToScreen(point));
        Label hover = robot.lookup("#loss-hover").queryAs(Label.class);
        assertThat(hover.isVisible()).isTrue();
        assertThat(hover.getText()).isEqualTo(expected);

        robot.moveTo(chart.localToScreen(point.add(0, 60)));
        assertThat(hover.isVisible()).as("away from every line").isFalse();
    }

    @Test
    void hoveringAToleranceSaysWhatItAllows(FxRobot robot) {
        robot.interact(() -> chart.tolerance2Property().set(LossSamples.CTO_TOLERANCE));
        WaitForAsyncUtils.waitForFxEvents();
        LossPlot.Axes axes = LossPlot.of(null, null, null, LossSamples.CTO_TOLERANCE, null)
                .axes(chart.getWidth(), chart.getHeight());
        assertThat(chart.textAt(axes.x(1_000_000), axes.y(0.4)))
                .hasValue("CTO's tolerance: at most 40% chance a year's losses exceed 1.0 M EUR");
    }

    @Test
    void withoutSimulatedLossesItSaysHowToGetThemInTheMiddle(FxRobot robot) throws Exception {
        Path file = folder.resolve("empty.png");
        chart.exportPng(file, 900, 500);
        assertThat(darkPixelsNearTheMiddle(ImageIO.read(file.toFile()))).as("the hint").isPositive();

        showWorkshop(robot);
        chart.exportPng(file, 900, 500);
        BufferedImage drawn = ImageIO.read(file.toFile());
        assertThat(darkPixelsNearTheMiddle(drawn)).as("no hint once there are losses").isZero();
    }

    @Test
    void aRealisticWorkshopIsDrawnForALook(FxRobot robot) throws Exception {
        showWorkshop(robot);
        String wanted = System.getProperty(PICTURE);
        Path file = wanted == null ? folder.resolve("losses.png") : Path.of(wanted);
        chart.exportPng(file, 900, 500);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(image.getRGB(2, 2)).as("white, not transparent").isEqualTo(0xFFFFFFFF);
    }

    @Test
    void aLegendTooWideForOneLineTakesTwoAndThePlotMovesDown(FxRobot robot) {
        showWorkshop(robot);
        LossPlot plot = LossPlot.of(LossSamples.cisoWorkshop(), LossSamples.ctoWorkshop(), LossSamples.CISO_TOLERANCE,
                LossSamples.CTO_TOLERANCE, LossSamples.AGREED_TOLERANCE);
        LossPainter.Style style = new LossPainter.Style(Color.BLUE, Color.ORANGE, "CISO", "CTO", "EUR");
        assertThat(LossPainter.axes(plot, style, 900, 500).plotTop()).isEqualTo(LossPlot.Axes.TOP);
        assertThat(LossPainter.axes(plot, style, 420, 300).plotTop())
                .isEqualTo(LossPlot.Axes.TOP + LossPlot.Axes.LEGEND_LINE);
    }

    @Test
    void exportAtTheChartsSizeLeavesNoTemporaryFile(FxRobot robot) throws Exception {
        showWorkshop(robot);
        Path file = folder.resolve("losses chart.png");
        robot.interact(() -> {
            try {
                chart.exportPng(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) chart.getWidth());
        assertThat(image.getHeight()).isEqualTo((int) chart.getHeight());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("losses chart.png"));
        }
    }

    /**
     * Dark pixels in a band across the middle of the plot, where the hint is written and, in the example, no line
     * is dark: the loss curves are the parties' blue and orange, the agreed tolerance crosses elsewhere.
     */
    private static int darkPixelsNearTheMiddle(BufferedImage image) {
        LossPlot.Axes axes = LossPlot.of(null, null, null, null, null).axes(image.getWidth(), image.getHeight());
        int cx = (int) ((axes.plotLeft() + axes.plotRight()) / 2);
        int cy = (int) ((axes.plotTop() + axes.plotBottom()) / 2);
        int dark = 0;
        for (int x = cx - 100; x <= cx + 100; x++) {
            for (int y = cy - 6; y <= cy + 6; y++) {
                Color colour = Color.rgb((image.getRGB(x, y) >> 16) & 0xff, (image.getRGB(x, y) >> 8) & 0xff,
                        image.getRGB(x, y) & 0xff);
                if (colour.getBrightness() < 0.5 && colour.getSaturation() < 0.2) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
