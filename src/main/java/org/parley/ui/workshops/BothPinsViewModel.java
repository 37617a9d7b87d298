package org.parley.ui.workshops;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parley.app.service.Consent;
import org.parley.app.service.ConsentService;
import org.parley.domain.Party;
import org.parley.domain.PinRules;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * Setting the PINs of the parties without one in one sitting: behind a cover over the whole window each party in
 * turn chooses its own, the party at the laptop first. A party without a PIN is taken at its word, as at the
 * handover, so the consent rule holds; a PIN already set is replaced only by its own party, with it. Nothing is
 * stored until the last party has chosen, so a cancel part-way leaves every PIN as it was.
 */
public final class BothPinsViewModel {

    private final ConsentService consents;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;

    private final ReadOnlyObjectWrapper<Party> asking = new ReadOnlyObjectWrapper<>(this, "asking");
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper(this, "step", "");
    private final StringProperty pin = new SimpleStringProperty(this, "pin", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final ReadOnlyStringWrapper pinProblem = new ReadOnlyStringWrapper(this, "pinProblem", "");
    private final ReadOnlyStringWrapper repeatProblem = new ReadOnlyStringWrapper(this, "repeatProblem", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final BooleanBinding offered;
    private final StringBinding buttonText;

    /** The parties still without a PIN when the person started, in the order they are asked. */
    private List<Party> queue = List.of();
    private final List<Party> chosenBy = new ArrayList<>();
    private final List<String> chosen = new ArrayList<>();
    private boolean pinEdited;
    private boolean repeatEdited;
    private boolean tried;

    BothPinsViewModel(ConsentService consents, TaskRunner tasks, DialogService dialogs, WorkbenchState state) {
        this.consents = consents;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        // Offered while both parties lack a PIN, or the one at the laptop does. The other party alone chooses its
        // PIN after a handover, as its own button says: typed here, the person at the keyboard could choose it.
        offered = Bindings.createBooleanBinding(() -> offers(withoutPin(), state.activeParty()), state.parties(),
                state.activePartyProperty());
        buttonText = Bindings.createStringBinding(() -> {
            List<Party> missing = withoutPin();
            return missing.size() == 1 ? "Set the PIN of " + missing.get(0).label() + "\u2026" : "Set both PINs\u2026";
        }, state.parties());
        pin.addListener(obs -> {
            pinEdited |= !pin.get().isEmpty();
            recheck();
        });
        repeat.addListener(obs -> {
            repeatEdited |= !repeat.get().isEmpty();
            recheck();
        });
        state.workshopProperty().addListener((obs, old, now) -> cancel());
        // A question asked for one party at the laptop is not answered under the next one.
        state.activePartyProperty().addListener((obs, old, now) -> cancel());
    }

    // properties

    /** True while a party has no PIN: then the flow is offered. */
    public BooleanBinding offeredProperty() {
        return offered;
    }

    /** "Set both PINs…", or "Set the PIN of Jonas Berg (CTO)…" when only one party has none. */
    public StringBinding buttonTextProperty() {
        return buttonText;
    }

    /** The party choosing its PIN now; null while the flow is not running. The cover shows while it is set. */
    public ReadOnlyObjectProperty<Party> askingProperty() {
        return asking.getReadOnlyProperty();
    }

    /** "PIN 1 of 2". */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    /** Why the PIN will not do; empty until the party typed one or tried to go on. */
    public ReadOnlyStringProperty pinProblemProperty() {
        return pinProblem.getReadOnlyProperty();
    }

    /** That the two differ; empty until the party typed the repeat or tried to go on. */
    public ReadOnlyStringProperty repeatProblemProperty() {
        return repeatProblem.getReadOnlyProperty();
    }

    /** True while the chosen PINs are being stored: the flow can no longer be cancelled. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True when the party asked now is the last one: its button stores the PINs. */
    private boolean offers(List<Party> missing, Party active) {
        return missing.size() > 1 || (missing.size() == 1 && isActive(missing.get(0), active));
    }

    public boolean last() {
        return queue.size() == 1;
    }

    // commands

    /** Covers the window and asks the first party without a PIN, the one at the laptop first. */
    public void start() {
        List<Party> missing = new ArrayList<>(withoutPin());
        Party active = state.activeParty();
        if (!offers(missing, active)) {
            return;
        }
        missing.sort((a, b) -> Boolean.compare(!isActive(a, active), !isActive(b, active)));
        if (missing.isEmpty() || asking.get() != null) {
            return;
        }
        chosenBy.clear();
        chosen.clear();
        queue = missing;
        ask();
    }

    /** The asked party's PIN is chosen: the next party is asked, or after the last every PIN is stored. */
    public void next() {
        Party party = asking.get();
        if (party == null || saving.get()) {
            return;
        }
        tried = true;
        recheck();
        if (!pinProblem.get().isEmpty() || !repeatProblem.get().isEmpty()) {
            return;
        }
        chosenBy.add(party);
        chosen.add(pin.get());
        queue = queue.subList(1, queue.size());
        if (!queue.isEmpty()) {
            ask();
            return;
        }
        store();
    }

    /** Stops, before anything is stored: every PIN stays as it was. Esc does the same. */
    public void cancel() {
        if (saving.get()) {
            return;
        }
        boolean running = asking.get() != null;
        end();
        if (running) {
            state.tell("No PIN was set.");
        }
    }

    private void store() {
        List<Party> parties = List.copyOf(chosenBy);
        List<String> pins = List.copyOf(chosen);
        Consent own = state.consent();
        saving.set(true);
        List<Party> saved = new ArrayList<>();
        tasks.run("Saving the PINs", () -> {
            // Each party without a PIN is taken at its word; with the one at the laptop they are both, which a
            // party whose signing key was removed needs for a new one.
            Consent given = own;
            for (Party party : parties) {
                given = given.and(consents.confirm(party, null));
            }
            for (int i = 0; i < parties.size(); i++) {
                saved.add(consents.setPin(given, parties.get(i), null, pins.get(i)));
            }
            return saved;
        }, done -> {
            saving.set(false);
            end();
            done.forEach(state::updateParty);
            state.tell(done.size() == 1 ? "The PIN of " + done.get(0).label() + " is set. It is asked at every handover."
                    : "Both PINs are set. Each is asked at its party's handover and signature.");
        }, error -> {
            saving.set(false);
            end();
            saved.forEach(state::updateParty);
            String which = saved.isEmpty() ? "No PIN was set." : "Only the PIN of " + saved.get(0).label()
                    + " was set; the other party has none yet.";
            state.tell(which);
            Failures.report(dialogs, "Could not set the PINs: " + which, error);
        });
    }

    private void ask() {
        Party party = queue.get(0);
        int total = chosenBy.size() + queue.size();
        step.set(total == 1 ? "" : "PIN " + (chosenBy.size() + 1) + " of " + total);
        pin.set("");
        repeat.set("");
        pinEdited = false;
        repeatEdited = false;
        tried = false;
        recheck();
        asking.set(party);
    }

    private void end() {
        queue = List.of();
        chosenBy.clear();
        chosen.clear();
        pin.set("");
        repeat.set("");
        pinProblem.set("");
        repeatProblem.set("");
        step.set("");
        asking.set(null);
    }

    private void recheck() {
        String why = PinRules.problem(pin.get());
        pinProblem.set(why != null && (pinEdited || tried) ? why : "");
        boolean differ = !pin.get().equals(repeat.get());
        repeatProblem.set(differ && (repeatEdited || tried) ? "The two PINs differ." : "");
    }

    private List<Party> withoutPin() {
        return state.parties().stream().filter(p -> !p.hasPin()).toList();
    }

    private static boolean isActive(Party party, Party active) {
        return active != null && active.id() == party.id();
    }
}
