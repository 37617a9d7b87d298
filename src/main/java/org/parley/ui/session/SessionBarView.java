package org.parley.ui.session;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import atlantafx.base.theme.Styles;
import org.parley.domain.Plurals;
import org.parley.domain.SessionProgress;

/**
 * A line under the workshop bar that says where the session stands — scored by each, revealed, appetites,
 * agreed with exceptions and overdue reviews — and what comes next; each step opens its screen.
 */
public final class SessionBarView extends FlowPane {

    private final SessionBarViewModel model;
    private final Runnable openScoring;
    private final Runnable openDivergence;
    private final Runnable openRegister;
    private Hyperlink scored;
    private Hyperlink revealed;
    private Hyperlink appetites;
    private Hyperlink agreed;
    private Label next;

    /** The three actions show the screens the counts are about: scores and reveals, appetites, agreements. */
    public SessionBarView(SessionBarViewModel model, Runnable openScoring, Runnable openDivergence,
                          Runnable openRegister) {
        this.model = model;
        this.openScoring = openScoring;
        this.openDivergence = openDivergence;
        this.openRegister = openRegister;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        scored = link("session-scored", openScoring);
        revealed = link("session-revealed", openScoring);
        appetites = link("session-appetites", openDivergence);
        agreed = link("session-agreed", openRegister);
        next = new Label();
        next.setId("session-next");
        next.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        next.setWrapText(true);
    }

    private Hyperlink link(String id, Runnable open) {
        Hyperlink link = new Hyperlink();
        link.setId(id);
        link.getStyleClass().add(Styles.TEXT_SMALL);
        link.setOnAction(e -> open.run());
        return link;
    }

    private void layoutParts() {
        setHgap(14);
        setVgap(2);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 16, 4, 16));
        setId("session-bar");
        getStyleClass().add("session-bar");
        getChildren().addAll(scored, revealed, appetites, agreed, next);
    }

    private void bind() {
        model.progressProperty().addListener((obs, old, now) -> show(now));
        show(model.progressProperty().get());
    }

    private void show(SessionProgress progress) {
        setVisible(progress != null);
        setManaged(progress != null);
        if (progress == null) {
            return;
        }
        int total = progress.initiatives();
        scored.setText("Scored: " + model.name(1) + " " + progress.firstScored() + " of " + total + ", "
                + model.name(2) + " " + progress.secondScored() + " of " + total);
        revealed.setText("Revealed " + progress.revealed() + " of " + total);
        appetites.setText("Appetites: " + (progress.appetitesRevealed() ? "revealed"
                : progress.appetitesSet() ? "both set, not revealed" : "not both set"));
        agreed.setText("Agreed " + progress.agreed() + " of " + total
                + (progress.exceptions() > 0 ? ", " + Plurals.count(progress.exceptions(), "exception") : "")
                + (progress.overdueReviews() > 0 ? ", " + Plurals.count(progress.overdueReviews(), "review") + " overdue"
                        : ""));
        next.setText(SessionSteps.describe(progress));
    }
}
