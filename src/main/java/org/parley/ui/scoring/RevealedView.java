package org.parley.ui.scoring;

import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import atlantafx.base.theme.Styles;
import org.parley.domain.Assessment;
import org.parley.domain.Party;
import org.parley.domain.ScoringBoard;
import org.parley.domain.ValueCriterion;
import org.parley.domain.ValueScore;
import org.parley.domain.quant.LossEstimate;
import org.parley.ui.common.LossAmounts;

/**
 * Both parties' scores of a revealed initiative side by side, each dimension's lower and higher score
 * marked so the outlier can explain, both rationales, and how the scores moved round by round.
 */
final class RevealedView extends VBox {

    RevealedView() {
        setSpacing(12);
        setId("revealed");
    }

    void show(ScoringBoard.Entry entry, List<Party> parties, List<ValueCriterion> criteria) {
        getChildren().clear();
        ScoringBoard.RevealedRound latest = entry == null ? null : entry.latestRevealed();
        if (latest == null || parties.size() < 2) {
            return;
        }
        Party first = parties.get(0);
        Party second = parties.get(1);
        Label heading = new Label("Revealed: round " + latest.round());
        heading.getStyleClass().add(Styles.TITLE_4);
        getChildren().addAll(heading, comparison(latest, first, second, criteria),
                rationale(first, latest.first()), rationale(second, latest.second()));
        if (entry.revealed().size() > 1) {
            Label history = new Label("How the scores moved");
            history.getStyleClass().add(Styles.TITLE_4);
            getChildren().addAll(history, history(entry.revealed(), first, second));
        }
    }

    private GridPane comparison(ScoringBoard.RevealedRound round, Party first, Party second,
                                List<ValueCriterion> criteria) {
        GridPane grid = new GridPane();
        grid.setId("comparison");
        grid.setHgap(8);
        grid.setVgap(6);
        // Names of dimensions and criteria are never cut; the two parties' columns share what is left.
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints gaps = new ColumnConstraints();
        gaps.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(names, party(), party(), gaps);
        grid.addRow(0, header(""), partyHeader(first), partyHeader(second), header("Gap"));
        int row = 1;
        row = compare(grid, row, "Likelihood", round, a -> a.risk().likelihood().score(), Scale.RISK);
        row = compare(grid, row, "Impact", round, a -> a.risk().impact().score(), Scale.RISK);
        row = compare(grid, row, "Risk score", round, a -> a.riskScore(), Scale.RISK);
        for (ValueCriterion criterion : criteria) {
            row = compare(grid, row, criterion.name(), round,
                    a -> a.criterionScores().getOrDefault(criterion.id(), 0), Scale.VALUE);
        }
        row = compare(grid, row, "Value", round, Assessment::value, Scale.VALUE_DECIMAL);
        if (round.first().loss() != null || round.second().loss() != null) {
            grid.addRow(row, dimension("Loss estimate"), lossCell(round.first().loss(), 1),
                    lossCell(round.second().loss(), 2));
        }
        return grid;
    }

    private static ColumnConstraints party() {
        ColumnConstraints column = new ColumnConstraints(150, 210, 260);
        column.setHgrow(Priority.SOMETIMES);
        column.setHalignment(HPos.LEFT);
        return column;
    }

    /**
     * How a difference is tinted. Higher risk is the warning (red); higher value is good news, so value rows use a
     * neutral scale: nobody reads a party's higher value as a mistake.
     */
    private enum Scale {
        RISK(false, "compare-higher", "compare-lower"),
        VALUE(false, "compare-value-higher", "compare-value-lower"),
        VALUE_DECIMAL(true, "compare-value-higher", "compare-value-lower");

        final boolean decimal;
        final String higher;
        final String lower;

        Scale(boolean decimal, String higher, String lower) {
            this.decimal = decimal;
            this.higher = higher;
            this.lower = lower;
        }
    }

    private int compare(GridPane grid, int row, String dimension, ScoringBoard.RevealedRound round,
                        ToDoubleFunction<Assessment> measure, Scale scale) {
        double a = measure.applyAsDouble(round.first());
        double b = measure.applyAsDouble(round.second());
        grid.addRow(row, dimension(dimension), cell(a, b, scale), cell(b, a, scale), gap(a, b, scale.decimal));
        return row + 1;
    }

    private static Label dimension(String text) {
        Label name = new Label(text);
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.setMinWidth(Region.USE_PREF_SIZE);
        return name;
    }

    /** "10% a year, 2 M to 40 M; about 1.4 M a year expected", or that the party gave none. */
    private static Label lossCell(LossEstimate loss, int seat) {
        Label label = new Label(loss == null ? "none given" : LossAmounts.percent(loss.probability()) + " a year, "
                + LossAmounts.compact(loss.low()) + " to " + LossAmounts.compact(loss.high()) + "; expected "
                + LossAmounts.compact(loss.expectedAnnualLoss()) + " a year");
        label.setId("loss-seat-" + seat);
        label.getStyleClass().add("compare-cell");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label cell(double own, double other, Scale scale) {
        String text = format(own, scale.decimal);
        Label label = new Label();
        label.getStyleClass().add("compare-cell");
        label.setMaxWidth(Double.MAX_VALUE);
        if (own < other) {
            label.setText(text + "   \u25BC lower");
            label.getStyleClass().add(scale.lower);
        } else if (own > other) {
            label.setText(text + "   \u25B2 higher");
            label.getStyleClass().add(scale.higher);
        } else {
            label.setText(text);
            label.getStyleClass().add("compare-same");
        }
        return label;
    }

    private static Label gap(double a, double b, boolean decimal) {
        Label label = new Label(a == b ? "same" : format(Math.abs(a - b), decimal));
        label.getStyleClass().add(a == b ? Styles.TEXT_MUTED : Styles.TEXT_BOLD);
        return label;
    }

    private static String format(double number, boolean decimal) {
        return decimal ? ValueScore.format(number) : Long.toString(Math.round(number));
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static Label partyHeader(Party party) {
        Label label = new Label(party.label(), new Circle(5, Color.web(party.colour())));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static VBox rationale(Party party, Assessment assessment) {
        Label who = partyHeader(party);
        Label text = new Label(assessment.rationale().isBlank() ? "(no rationale given)" : assessment.rationale());
        text.setWrapText(true);
        text.setId("rationale-seat-" + party.seat().number());
        VBox box = new VBox(4, who, text);
        box.getStyleClass().add("card");
        box.setPadding(new Insets(10, 12, 10, 12));
        return box;
    }

    private static GridPane history(List<ScoringBoard.RevealedRound> rounds, Party first, Party second) {
        GridPane grid = new GridPane();
        grid.setId("round-history");
        grid.setHgap(14);
        grid.setVgap(4);
        grid.addRow(0, header("Round"), header(first.roleLabel() + " L"), header("I"), header("Risk"),
                header("Value"), header(second.roleLabel() + " L"), header("I"), header("Risk"), header("Value"));
        int row = 1;
        for (ScoringBoard.RevealedRound round : rounds) {
            grid.addRow(row++, new Label(Integer.toString(round.round())),
                    new Label(round.first().risk().likelihood().score() + ""),
                    new Label(round.first().risk().impact().score() + ""),
                    new Label(round.first().riskScore() + ""),
                    new Label(format(round.first().value(), true)),
                    new Label(round.second().risk().likelihood().score() + ""),
                    new Label(round.second().risk().impact().score() + ""),
                    new Label(round.second().riskScore() + ""),
                    new Label(format(round.second().value(), true)));
        }
        return grid;
    }
}
