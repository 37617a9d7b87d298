package org.parley.ui.scoring;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.parley.app.service.Consent;
import org.parley.app.service.ScoringService;
import org.parley.domain.ScoringBoard;
import org.parley.domain.Workshop;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.JointConsent;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * The rounds of the Scoring page: revealing the open initiative, or every one both parties have submitted, once
 * both agree; and opening another round on revealed initiatives, which both parties then score again, blind.
 */
public final class ScoringRounds {

    private final ScoringService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final JointConsent consent;
    private final ScoringViewModel page;

    private final ReadOnlyBooleanWrapper canReveal = new ReadOnlyBooleanWrapper(this, "canReveal");
    private final ReadOnlyBooleanWrapper canOpenRound = new ReadOnlyBooleanWrapper(this, "canOpenRound");
    private final ReadOnlyBooleanWrapper anyReady = new ReadOnlyBooleanWrapper(this, "anyReady");

    /** @param page the page whose open initiative the rounds act on, which leaves its form and reloads after each */
    ScoringRounds(ScoringService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state,
                  JointConsent consent, ScoringViewModel page) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.consent = consent;
        this.page = page;
    }

    // properties

    /** True when the open initiative's round is blind and the active party has submitted it. */
    public ReadOnlyBooleanProperty canRevealProperty() {
        return canReveal.getReadOnlyProperty();
    }

    /** True when the open initiative's latest round is revealed. */
    public ReadOnlyBooleanProperty canOpenRoundProperty() {
        return canOpenRound.getReadOnlyProperty();
    }

    /**
     * True while some initiative is not revealed, whether or not both parties have submitted it: were Reveal together
     * offered only once one is ready, a party would learn that the other has scored.
     */
    public ReadOnlyBooleanProperty anyReadyProperty() {
        return anyReady.getReadOnlyProperty();
    }

    // commands

    /** Reveals the open initiative's current round: both parties agree, and both must have submitted it. */
    public void reveal() {
        ScoringBoard.Entry entry = page.selectedProperty().get();
        if (entry == null) {
            return;
        }
        page.leave(() -> consent.ask("reveal the scores of \u201C" + entry.initiative().title() + "\u201D", both ->
                tasks.task("Revealing", () -> {
                            service.reveal(entry.initiative().id(), both);
                            return entry;
                        })
                        .onSuccess(revealed -> {
                            state.changed();
                            state.tell("Revealed round " + revealed.round().round() + " of \u201C"
                                    + revealed.initiative().title() + "\u201D.");
                            page.reloadKeeping(revealed.initiative().id());
                        })
                        .onFailure(Failures.reportTo(dialogs, "Could not reveal"))
                        .start()));
    }

    /** Reveals, once both parties agree, every initiative both have submitted. */
    public void revealAll() {
        Workshop workshop = state.workshop();
        if (workshop == null) {
            return;
        }
        page.leave(() -> consent.ask("reveal every initiative you have both scored", both ->
                tasks.task("Revealing", () -> service.revealAll(workshop.id(), both))
                        .onSuccess(result -> {
                            state.tell(whatWasRevealed(result));
                            state.changed();
                            page.reload();
                        })
                        .onFailure(Failures.reportTo(dialogs, "Could not reveal"))
                        .start()));
    }

    /** Opens the next round for the open initiative: both parties score it again, blind. */
    public void openRound() {
        ScoringBoard.Entry entry = page.selectedProperty().get();
        if (entry != null) {
            openRounds(List.of(entry));
        }
    }

    /** Opens the next round for each of the chosen revealed initiatives. */
    public void openRounds(List<ScoringBoard.Entry> chosen) {
        List<Long> ids = chosen.stream().map(e -> e.initiative().id()).toList();
        if (ids.isEmpty()) {
            return;
        }
        Consent own = state.consent();
        tasks.task("Opening a new round", () -> service.openRound(ids, own))
                .onSuccess(opened -> {
                    state.tell(opened.size() == 1
                            ? "Opened round " + opened.get(0).round() + ": both parties score again, blind."
                            : "Opened a new round for " + opened.size() + " initiatives.");
                    state.changed();
                    page.reloadKeeping(ids.get(0));
                })
                .onFailure(Failures.reportTo(dialogs, "Could not open a new round"))
                .start();
    }

    /** What may be done with the initiative just opened, or with none. */
    void opened(ScoringBoard.Entry entry) {
        canOpenRound.set(entry != null && entry.round().revealed());
        canReveal.set(entry != null && !entry.round().revealed() && entry.scoredByViewer());
    }

    /** Whether anything is left to reveal on the board just loaded, or on none. */
    void loaded(ScoringBoard board) {
        anyReady.set(board != null && board.entries().stream().anyMatch(e -> !e.round().revealed()));
    }

    private static String whatWasRevealed(ScoringService.RevealSummary result) {
        if (result.revealed() == 0) {
            return "Nothing to reveal yet: both parties must submit an initiative first.";
        }
        return "Revealed " + result.revealed() + (result.revealed() == 1 ? " initiative" : " initiatives")
                + (result.waiting() > 0 ? "; " + result.waiting() + " still wait for scores." : ".");
    }
}
