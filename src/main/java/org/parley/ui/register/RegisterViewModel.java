package org.parley.ui.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.parley.app.service.AgreementService;
import org.parley.app.service.ExchangeService;
import org.parley.app.service.RegisterService;
import org.parley.domain.Agreement;
import org.parley.domain.Band;
import org.parley.domain.Decision;
import org.parley.domain.RegisterRow;
import org.parley.domain.Treatment;
import org.parley.domain.Workshop;
import org.parley.exchange.CsvOptions;
import org.parley.ui.common.InView;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.ExchangeProgresses;
import org.parley.ui.common.Failures;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/** The agreed risk register of the workshop in hand: filters, what stands out, and the CSV export. */
public final class RegisterViewModel {

    private final RegisterService register;
    private final AgreementService agreements;
    private final ExchangeService exchange;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final InView inView;
    private final Runnable openNegotiation;

    private final ObservableList<RegisterRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RegisterRow> shown = new FilteredList<>(rows);
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>(this, "decision");
    private final ObjectProperty<Treatment> treatment = new SimpleObjectProperty<>(this, "treatment");
    private final ObjectProperty<Band> band = new SimpleObjectProperty<>(this, "band");
    private final BooleanProperty exceptionsOnly = new SimpleBooleanProperty(this, "exceptionsOnly");
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(this, "overdueOnly");
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final BooleanProperty includeUnagreed = new SimpleBooleanProperty(this, "includeUnagreed");
    private final BooleanProperty byteOrderMark = new SimpleBooleanProperty(this, "byteOrderMark", true);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private LocalDate today = LocalDate.now();

    /** @param openNegotiation shows the negotiation screen, on the initiative last chosen */
    public RegisterViewModel(RegisterService register, AgreementService agreements, ExchangeService exchange,
                             TaskRunner tasks, DialogService dialogs, WorkbenchState state, Runnable openNegotiation) {
        this.register = register;
        this.agreements = agreements;
        this.exchange = exchange;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.openNegotiation = openNegotiation;
        for (var filter : List.of(decision, treatment, band, exceptionsOnly, overdueOnly, owner)) {
            filter.addListener(obs -> filter());
        }
        inView = new InView(this::reload, this::forget);
        state.workshopProperty().addListener(inView.onChange());
    }

    // properties

    public ObservableList<RegisterRow> rows() {
        return shown;
    }

    public ObjectProperty<Decision> decisionProperty() {
        return decision;
    }

    public ObjectProperty<Treatment> treatmentProperty() {
        return treatment;
    }

    /** Residual band to show; null for any. */
    public ObjectProperty<Band> bandProperty() {
        return band;
    }

    public BooleanProperty exceptionsOnlyProperty() {
        return exceptionsOnly;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public BooleanProperty includeUnagreedProperty() {
        return includeUnagreed;
    }

    public BooleanProperty byteOrderMarkProperty() {
        return byteOrderMark;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True when the row's review date has passed. */
    public boolean overdue(RegisterRow row) {
        Agreement a = row.agreement();
        return a != null && a.terms().reviewDate() != null && a.terms().reviewDate().isBefore(today);
    }

    // commands

    /** Whether the register is in view: it loads another workshop's register only while it is. */
    public InView inView() {
        return inView;
    }

    private void forget() {
        rows.clear();
        summary.set("");
    }

    public void reload() {
        Workshop workshop = state.workshop();
        if (workshop == null) {
            forget();
            return;
        }
        tasks.task("Loading the register", () -> new Loaded(register.agreedRows(workshop.id()), agreements.today()))
                .onSuccess(loaded -> {
                    if (state.workshop() != null && state.workshop().id() == workshop.id()) {
                        today = loaded.today();
                        rows.setAll(loaded.rows());
                        filter();
                    }
                })
                .onFailure(Failures.reportTo(dialogs, "Could not load the register"))
                .start();
    }

    private record Loaded(List<RegisterRow> rows, LocalDate today) {
    }

    /** Opens the negotiation of the row's initiative (double-click). */
    public void open(RegisterRow row) {
        if (row != null) {
            state.selectedInitiativeProperty().set(row.initiative().id());
            openNegotiation.run();
        }
    }

    /** Asks where, then writes the register as CSV in the background; the person may cancel. */
    public void export() {
        Workshop workshop = state.workshop();
        if (workshop == null) {
            return;
        }
        boolean all = includeUnagreed.get();
        CsvOptions options = byteOrderMark.get() ? CsvOptions.DEFAULT : CsvOptions.WITHOUT_BOM;
        String name = workshop.name().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-register.csv";
        dialogs.chooseSaveFile("Export the risk register", name, "CSV files", "*.csv").ifPresent(file ->
                tasks.task("Exporting the register", progress -> exchange.exportRegister(workshop.id(), file, all,
                                options, ExchangeProgresses.of(progress), state.actor()))
                        .onSuccess(count -> {
                            state.tell("Exported " + count + (count == 1 ? " row" : " rows") + " of the register to "
                                    + file + ".");
                            state.changed();
                        })
                        .onFailure(Failures.reportTo(dialogs, "Could not export the register"))
                        .cancellable(() -> state.tell("Export cancelled; no file was written."))
                        .start());
    }

    private void filter() {
        String ownerText = owner.get() == null ? "" : owner.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(row -> {
            Agreement a = row.agreement();
            if (a == null) {
                return false;
            }
            if (decision.get() != null && a.terms().decision() != decision.get()) {
                return false;
            }
            if (treatment.get() != null && a.terms().treatment() != treatment.get()) {
                return false;
            }
            if (band.get() != null && (a.terms().residualRisk() == null || a.terms().residualRisk().band() != band.get())) {
                return false;
            }
            if (exceptionsOnly.get() && !a.isException()) {
                return false;
            }
            if (overdueOnly.get() && !overdue(row)) {
                return false;
            }
            return ownerText.isEmpty() || a.terms().riskOwner().toLowerCase(Locale.ROOT).contains(ownerText);
        });
        long exceptions = rows.stream().filter(r -> r.agreement() != null && r.agreement().isException()).count();
        long late = rows.stream().filter(this::overdue).count();
        summary.set(shown.size() + " of " + rows.size() + " agreed " + (rows.size() == 1 ? "initiative" : "initiatives")
                + " \u00B7 " + exceptions + (exceptions == 1 ? " exception" : " exceptions") + " \u00B7 " + late
                + " overdue " + (late == 1 ? "review" : "reviews"));
    }

}
