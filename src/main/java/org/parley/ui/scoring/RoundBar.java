package org.parley.ui.scoring;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.domain.ScoringBoard;

/** The open initiative's round, blind or revealed, with Reveal or Open next round when they may be taken. */
final class RoundBar extends HBox {

    private final ScoringRounds rounds;
    private Label roundInfo;
    private Button reveal;
    private Button openRound;

    RoundBar(ScoringRounds rounds) {
        this.rounds = rounds;
        createParts();
        layoutParts();
        bind();
    }

    /** Says which round of {@code entry} is open, and whether it is revealed; nothing without an initiative. */
    void show(ScoringBoard.Entry entry) {
        roundInfo.setText(entry == null ? "" : roundText(entry));
    }

    private void createParts() {
        roundInfo = new Label();
        roundInfo.setId("scoring-round");
        reveal = new Button("Reveal", new FontIcon(Material2MZ.VISIBILITY));
        reveal.setId("reveal-initiative");
        openRound = new Button("Open next round", new FontIcon(Material2MZ.REPLAY));
        openRound.setId("open-round");
    }

    private void layoutParts() {
        setSpacing(8);
        getChildren().addAll(roundInfo, reveal, openRound);
        setAlignment(Pos.CENTER_LEFT);
    }

    private void bind() {
        reveal.setOnAction(e -> rounds.reveal());
        reveal.visibleProperty().bind(rounds.canRevealProperty());
        reveal.managedProperty().bind(reveal.visibleProperty());
        openRound.setOnAction(e -> rounds.openRound());
        openRound.visibleProperty().bind(rounds.canOpenRoundProperty());
        openRound.managedProperty().bind(openRound.visibleProperty());
    }

    private static String roundText(ScoringBoard.Entry entry) {
        int round = entry.round().round();
        if (entry.round().revealed()) {
            return "Round " + round + " \u00B7 revealed";
        }
        return "Round " + round + " \u00B7 blind" + (entry.scoredByViewer()
                ? " \u00B7 you have submitted; you can change it until the reveal" : "");
    }
}
