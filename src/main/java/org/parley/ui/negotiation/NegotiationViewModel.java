package org.parley.ui.negotiation;

import javafx.collections.ObservableList;
import org.parley.app.service.AgreementService;
import org.parley.app.service.DivergenceService;
import org.parley.app.service.NoteService;
import org.parley.domain.Party;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.InView;
import org.parley.ui.common.PinPrompt;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;
import org.parley.ui.negotiation.ItemsViewModel.Item;

/**
 * The negotiation page: the revealed initiatives ({@link ItemsViewModel}) and, for the one chosen, its notes
 * ({@link NotesViewModel}) and its agreement ({@link AgreementViewModel}). Another initiative is shown only once
 * the person has said what becomes of unsaved terms.
 */
public final class NegotiationViewModel {

    private final WorkbenchState state;
    private final ItemsViewModel items;
    private final NotesViewModel notes;
    private final AgreementViewModel agreement;
    private final InView inView;

    public NegotiationViewModel(DivergenceService divergence, AgreementService agreements, NoteService notes,
                                TaskRunner tasks, DialogService dialogs, WorkbenchState state, PinPrompt pins) {
        this.state = state;
        this.items = new ItemsViewModel(divergence, agreements, tasks, dialogs, state);
        this.notes = new NotesViewModel(notes, tasks, dialogs, state);
        this.agreement = new AgreementViewModel(agreements, tasks, dialogs, state, pins, items);
        inView = new InView(this::reload, this::forget);
        state.workshopProperty().addListener(inView.onChange());
    }

    // properties

    public ItemsViewModel items() {
        return items;
    }

    public NotesViewModel notes() {
        return notes;
    }

    public AgreementViewModel agreement() {
        return agreement;
    }

    /** Both parties of the workshop, seat one first. */
    public ObservableList<Party> parties() {
        return state.parties();
    }

    /** Whether the Negotiation screen is in view: it loads another workshop's agreements only while it is. */
    public InView inView() {
        return inView;
    }

    // commands

    public void reload() {
        items.reload(this::open);
    }

    /**
     * Shows another initiative, after asking about unsaved terms: true when it shows now; false while the person
     * stays, or until the save they chose has succeeded (then it shows).
     */
    public boolean select(Item item) {
        Item selected = items.selectedProperty().get();
        if (item != null && selected != null && selected.id() == item.id()) {
            return true;
        }
        boolean[] opened = new boolean[1];
        agreement.leave(() -> {
            open(item);
            opened[0] = true;
        });
        return opened[0];
    }

    /** Saves the agreement's terms: what Save (Ctrl+S) does on this page. */
    public void saveDraft() {
        agreement.saveDraft();
    }

    /** True when the person may move on now; with a save to wait for, false: they move once it succeeded. */
    public boolean mayLeave() {
        boolean[] now = new boolean[1];
        agreement.leave(() -> now[0] = true);
        return now[0];
    }

    private void forget() {
        items.forget();
        open(null);
    }

    private void open(Item item) {
        items.open(item);
        notes.open(item);
        agreement.open(item);
    }
}
