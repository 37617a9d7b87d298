package org.parley.ui.divergence;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.parley.domain.Appetites;
import org.parley.domain.Party;
import org.parley.domain.Seat;
import org.parley.domain.quant.Tolerances;
import org.parley.exchange.pdf.BoardPack;
import org.parley.exchange.pdf.Figure;
import org.parley.ui.UiFonts;

/**
 * The board pack's charts, drawn by the window's own painters and controls (not pictures of the window), so that the
 * board reads what the parties saw: the divergence map, the three heatmaps and, with loss estimates, the losses chart.
 */
public final class BoardPackFigures {

    /** How many times the window's resolution the charts are drawn at: sharp when printed 17 cm wide. */
    static final double SCALE = 3;
    static final double MAP_WIDTH = 960;
    static final double MAP_HEIGHT = 600;
    static final double LOSSES_WIDTH = 960;
    static final double LOSSES_HEIGHT = 540;
    /** Wide enough for the longest scale labels beside five cells of a comfortable size. */
    static final double HEATMAP_WIDTH = 520;
    /** A heatmap printed at this share of the text width keeps its labels as large as the map's. */
    static final double HEATMAP_SHARE = 0.6;

    private BoardPackFigures() {
    }

    /**
     * A chart as drawn: its picture stays a JavaFX image until it is copied into an AWT one, which {@link
     * #drawOnFxThread} does after the FX thread is free again.
     */
    private record Drawn(String title, String caption, Image image, double widthShare) {

        Figure figure() {
            return new Figure(title, caption, PngWriter.toBufferedImage(image), widthShare);
        }
    }

    /** The figures of {@code pack}, in the order they are printed; on the FX thread. */
    public static List<Figure> draw(BoardPack pack) {
        return figures(drawn(pack));
    }

    private static List<Figure> figures(List<Drawn> drawn) {
        return drawn.stream().map(Drawn::figure).toList();
    }

    /** The charts of {@code pack}, drawn by the window's painters; on the FX thread. */
    private static List<Drawn> drawn(BoardPack pack) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("The board pack's figures are drawn on the FX thread; "
                    + "from another, call drawOnFxThread");
        }
        Objects.requireNonNull(pack, "pack");
        UiFonts.load();
        Party first = pack.party(Seat.FIRST);
        Party second = pack.party(Seat.SECOND);
        DivergenceSummary summary = DivergenceSummary.of(pack.analysis(), first.roleLabel(), second.roleLabel());
        List<Drawn> figures = new ArrayList<>();
        figures.add(map(pack, summary, first, second));
        figures.addAll(heatmaps(summary, first, second));
        pack.losses().ifPresent(losses -> figures.add(losses(losses, pack.currency(), first, second)));
        return List.copyOf(figures);
    }

    /**
     * As {@link #draw}, from any thread: the charts are drawn on the FX thread while the caller waits, so a
     * background task can draw them between reading the store and writing the file.
     *
     * @throws UncheckedIOException when the drawing failed or the wait was interrupted
     */
    public static List<Figure> drawOnFxThread(BoardPack pack) {
        try {
            // Drawn on the FX thread; the megapixels are copied into AWT images here, off it.
            return figures(PngWriter.onFxThread("the board pack's charts", () -> drawn(pack)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Drawn map(BoardPack pack, DivergenceSummary summary, Party first, Party second) {
        DivergenceMap map = new DivergenceMap();
        showParties(map, first, second);
        map.itemsProperty().set(summary.items());
        Appetites appetites = pack.analysis().appetites();
        boolean both = appetites != null && appetites.first() != null && appetites.second() != null;
        if (appetites != null) {
            map.frontier1Property().set(appetites.first());
            map.frontier2Property().set(appetites.second());
            map.agreedFrontierProperty().set(appetites.agreed());
        }
        String a = first.roleLabel();
        String b = second.roleLabel();
        StringBuilder caption = new StringBuilder("Each initiative is two dots joined by a line: where the " + a
                + " places it and where the " + b + " does, by its value (across) and its risk score (up), each party "
                + "in its colour. A long line means the two see that initiative differently.");
        if (both) {
            caption.append(" Each party's appetite is the solid line in its colour: it accepts the initiatives under "
                    + "its line and refuses those above. Where the lines part, the band between them is shaded: "
                    + "there one party would accept what the other refuses.");
        } else {
            caption.append(" The parties' appetites are not both revealed, so no appetite lines are drawn.");
        }
        if (appetites != null && appetites.agreed() != null) {
            caption.append(" The dashed line is the appetite both agreed.");
        }
        if (!summary.note().isEmpty()) {
            caption.append(' ').append(summary.note());
        }
        return new Drawn("Divergence map: value against risk, by each party", caption.toString(),
                map.render(MAP_WIDTH, MAP_HEIGHT, SCALE), 1.0);
    }

    private static List<Drawn> heatmaps(DivergenceSummary summary, Party first, Party second) {
        String a = first.roleLabel();
        String b = second.roleLabel();
        Heatmap firstCounts = new Heatmap();
        firstCounts.colourProperty().set(Color.web(first.colour()));
        firstCounts.setCounts(summary.firstCounts());
        Heatmap secondCounts = new Heatmap();
        secondCounts.colourProperty().set(Color.web(second.colour()));
        secondCounts.setCounts(summary.secondCounts());
        // As on the screen: the second party's counts minus the first's, each sign in the party it favours.
        Heatmap difference = new Heatmap();
        difference.positiveColourProperty().set(Color.web(second.colour()));
        difference.negativeColourProperty().set(Color.web(first.colour()));
        difference.positiveLabelProperty().set("more by the " + b);
        difference.negativeLabelProperty().set("more by the " + a);
        difference.setDifferences(summary.differences());
        return List.of(
                new Drawn("Where the " + a + " places the risks", counts(a), snapshot(firstCounts), HEATMAP_SHARE),
                new Drawn("Where the " + b + " places the risks", counts(b), snapshot(secondCounts), HEATMAP_SHARE),
                new Drawn("Where they place them differently (" + b + " minus " + a + ")",
                        "Each cell is the " + b + "'s count minus the " + a + "'s. A cell marked + in the " + b
                                + "'s colour holds more initiatives by the " + b + "'s scores; one marked \u2212 in the "
                                + a + "'s colour, more by the " + a + "'s. An empty cell: both put as many there.",
                        snapshot(difference), HEATMAP_SHARE));
    }

    private static String counts(String who) {
        return "How many initiatives the " + who + " scored at each likelihood (up) and impact (across); the darker "
                + "the cell, the more initiatives. The mark in a cell's corner gives its risk band; the top-right "
                + "cells are the critical ones.";
    }

    private static Drawn losses(BoardPack.Losses losses, String currency, Party first, Party second) {
        LossChart chart = new LossChart();
        showParties(chart, first, second);
        chart.currencyProperty().set(currency);
        chart.losses1Property().set(losses.first());
        chart.losses2Property().set(losses.second());
        Tolerances tolerances = losses.tolerances();
        chart.tolerance1Property().set(tolerances.first());
        chart.tolerance2Property().set(tolerances.second());
        chart.agreedToleranceProperty().set(tolerances.agreed());
        String caption = "For each amount along the bottom, the chance that a year's losses exceed it, from each "
                + "party's own estimates over " + String.format(Locale.ROOT, "%,d", losses.trials()) + " simulated years (solid "
                + "lines, each party in its colour). Lower and further left is less risk.";
        if (tolerances.first() != null || tolerances.second() != null) {
            caption += " A party's tolerance is the lighter line in its colour, its points marked: a curve that stays "
                    + "under it is within that tolerance.";
        } else {
            caption += tolerances.revealed() ? " Neither party set a tolerance, so none is drawn."
                    : " The parties' tolerances are not revealed, so none is drawn.";
        }
        if (tolerances.agreed() != null) {
            caption += " The dashed line is the tolerance both agreed.";
        }
        return new Drawn("Losses: the chance a year's losses exceed an amount (" + currency + ")", caption,
                chart.render(LOSSES_WIDTH, LOSSES_HEIGHT, SCALE), 1.0);
    }

    private static void showParties(PartyChart chart, Party first, Party second) {
        chart.colour1Property().set(Color.web(first.colour()));
        chart.colour2Property().set(Color.web(second.colour()));
        chart.label1Property().set(first.roleLabel());
        chart.label2Property().set(second.roleLabel());
    }

    /**
     * The heatmap as the window styles it, in a scene of its own with the window's theme and style sheet, laid out
     * and taken {@link #SCALE} times as large, on white.
     */
    private static Image snapshot(Heatmap heatmap) {
        heatmap.setMinWidth(HEATMAP_WIDTH);
        heatmap.setPrefWidth(HEATMAP_WIDTH);
        StackPane root = new StackPane(heatmap);
        root.setPadding(new Insets(8));
        root.setStyle("-fx-background-color: white;");
        Scene scene = new Scene(root);
        scene.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Objects.requireNonNull(
                BoardPackFigures.class.getResource("/org/parley/ui/parley.css")).toExternalForm());
        root.applyCss();
        root.resize(Math.ceil(root.prefWidth(-1)), Math.ceil(root.prefHeight(-1)));
        root.layout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        return root.snapshot(parameters, null);
    }
}
