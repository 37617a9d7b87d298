package org.parley.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parley.app.service.Consent;
import org.parley.domain.Actor;
import org.parley.domain.Party;
import org.parley.domain.Workshop;

/**
 * What every screen shares: the workshop in hand with its parties, the line in the status bar, and the
 * screens' say on whether the person may leave them (unsaved edits are never dropped silently).
 */
public final class WorkbenchState {

    private final ReadOnlyObjectWrapper<Workshop> workshop = new ReadOnlyObjectWrapper<>(this, "workshop");
    private final ObservableList<Party> parties = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Party> activeParty = new ReadOnlyObjectWrapper<>(this, "activeParty");
    /** The active party's consent, from its handover: what it may do on its own. Nobody's when none is active. */
    private Consent consent = Consent.nobody(Actor.WINDOW);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final LongProperty selectedInitiative = new SimpleLongProperty(this, "selectedInitiative", -1);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final List<LeaveGuard> leaveGuards = new ArrayList<>();

    // properties

    public ReadOnlyObjectProperty<Workshop> workshopProperty() {
        return workshop.getReadOnlyProperty();
    }

    public Workshop workshop() {
        return workshop.get();
    }

    /** Both parties of the current workshop, seat one first; empty when there is no workshop. */
    public ObservableList<Party> parties() {
        return parties;
    }

    /** The party at the keyboard, or null when nobody has taken the laptop yet in this workshop. */
    public ReadOnlyObjectProperty<Party> activePartyProperty() {
        return activeParty.getReadOnlyProperty();
    }

    public Party activeParty() {
        return activeParty.get();
    }

    /** Who the audit log names for a change made now. */
    public Actor actor() {
        return consent.actor();
    }

    /** The consent of the party at the keyboard, given at its handover; nobody's while no party is active. */
    public Consent consent() {
        return consent;
    }

    /** The initiative last chosen on any screen, -1 for none; screens show it when they are shown. */
    public LongProperty selectedInitiativeProperty() {
        return selectedInitiative;
    }

    /** Counts changes to what the screens show, so that each can reload what another one changed. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    // commands

    /** Makes {@code next} the workshop in hand, with its parties. */
    public void show(Workshop next, List<Party> nextParties) {
        if (activeParty.get() != null) {
            status.set("");   // it may speak of the leaving party's private work
        }
        activeParty.set(null);
        consent = Consent.nobody(Actor.WINDOW);
        parties.setAll(nextParties);
        workshop.set(next);
    }

    public void updateParty(Party party) {
        parties.replaceAll(p -> p.id() == party.id() ? party : p);
        if (activeParty.get() != null && activeParty.get().id() == party.id()) {
            consent = consent.renamed(party);
            activeParty.set(party);
        }
    }

    /**
     * Hands the laptop to the party whose consent the handover (and its PIN) gave; {@code null} leaves nobody
     * active, as while the laptop is passed on. A lock keeps the party active: its screen leaves the scene
     * instead, so that nothing it typed is lost.
     */
    public void activate(Consent arrived) {
        // The status line may speak of the leaving party's private work; it leaves with that party.
        status.set("");
        consent = arrived == null ? Consent.nobody(Actor.WINDOW) : arrived;
        activeParty.set(arrived == null ? null : arrived.single().orElse(null));
    }

    /** Tells the screens that stored data changed. */
    public void changed() {
        revision.set(revision.get() + 1);
    }

    public void tell(String message) {
        status.set(message);
    }

    /**
     * Tells the party at the keyboard about its own private work, e.g. a submission. Work that finishes
     * after the laptop was passed on says nothing: the next party must not read it.
     */
    public void tellPrivately(Party party, String message) {
        Party active = activeParty.get();
        if (active != null && party != null && active.id() == party.id()) {
            status.set(message);
        }
    }

    /** A screen with unsaved edits registers a guard that asks the person and says whether to go on. */
    public void addLeaveGuard(LeaveGuard guard) {
        leaveGuards.add(guard);
    }

    /**
     * Asks every screen in turn whether the person may switch workshop, party or screen, or close the window, and
     * runs {@code then} once all agreed: at once, or only after a save they chose has succeeded. A screen whose
     * save fails, or whose person cancels, keeps everything typed and {@code then} never runs.
     */
    public void leave(Runnable then) {
        ask(0, then);
    }

    /**
     * For callers that must know now: true when every screen agreed at once. When a screen first has to save,
     * false, and {@code later} runs once that save has succeeded (never when it fails).
     */
    public boolean leaveNow(Runnable later) {
        boolean[] answered = new boolean[1];
        boolean[] returned = new boolean[1];
        leave(() -> {
            if (returned[0]) {
                later.run();
            } else {
                answered[0] = true;
            }
        });
        returned[0] = true;
        return answered[0];
    }

    /** True when every screen agrees at once; with a save to wait for, false: the person asks again once saved. */
    public boolean mayLeave() {
        return leaveNow(() -> { });
    }

    private void ask(int index, Runnable then) {
        if (index == leaveGuards.size()) {
            then.run();
        } else {
            leaveGuards.get(index).leave(() -> ask(index + 1, then));
        }
    }

    /**
     * A screen's say on leaving it. It calls {@code proceed} when the person may go: at once when nothing is
     * unsaved or they discard it, after the save succeeded when they save; never when they stay or the save fails.
     */
    @FunctionalInterface
    public interface LeaveGuard {
        void leave(Runnable proceed);
    }
}
