package org.parley.ui.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.parley.app.service.AuditService;
import org.parley.app.service.ScoringService;
import org.parley.domain.AuditChain;
import org.parley.domain.AuditKind;
import org.parley.domain.AuditVerification;
import org.parley.domain.Party;
import org.parley.domain.Plurals;
import org.parley.domain.ScoringBoard;
import org.parley.domain.Seat;
import org.parley.domain.Workshop;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * The audit log of the workshop in hand, filterable, and whether the whole log still verifies. A
 * submission of the other party in a round not yet revealed shows without its initiative: which initiatives
 * a party has scored stays private until the reveal, here too.
 */
public final class AuditViewModel {

    /** All kinds, in the kind filter. */
    public static final String ALL = "All changes";
    /** Any party, in the actor filter. */
    public static final String ANYONE = "Anyone";

    private static final Pattern ROUND = Pattern.compile("\"round\"\\s*:\\s*(\\d+)");
    private static final Pattern INITIATIVE = Pattern.compile("\"initiative\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One event as the table shows it. */
    public record Row(long id, Instant at, String actor, String kind, String about, String details, String hash) {
    }

    private final AuditService audit;
    private final ScoringService scoring;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(rows);
    private final ObservableList<String> kinds = FXCollections.observableArrayList();
    private final ObservableList<String> actors = FXCollections.observableArrayList();
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>(this, "kind", ALL);
    private final ObjectProperty<String> actor = new SimpleObjectProperty<>(this, "actor", ANYONE);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper chain = new ReadOnlyStringWrapper(this, "chain", "");
    private final ReadOnlyBooleanWrapper intact = new ReadOnlyBooleanWrapper(this, "intact", true);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");

    public AuditViewModel(AuditService audit, ScoringService scoring, TaskRunner tasks, DialogService dialogs,
                          WorkbenchState state) {
        this.audit = audit;
        this.scoring = scoring;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        // The rows were built for the party that was at the keyboard; they go at once when it leaves.
        state.activePartyProperty().addListener((obs, old, now) -> rows.clear());
        state.workshopProperty().addListener((obs, old, now) -> rows.clear());
        kind.addListener(obs -> filter());
        actor.addListener(obs -> filter());
        search.addListener(obs -> filter());
        rows.addListener((ListChangeListener<Row>) change -> count());
        shown.addListener((ListChangeListener<Row>) change -> count());
    }

    // properties

    public ObservableList<Row> rows() {
        return shown;
    }

    public ObservableList<String> kinds() {
        return kinds;
    }

    public ObservableList<String> actors() {
        return actors;
    }

    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    public ObjectProperty<String> actorProperty() {
        return actor;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Whether the whole log verifies, in words, with the hash to write down. */
    public ReadOnlyStringProperty chainProperty() {
        return chain.getReadOnlyProperty();
    }

    /** How many of this workshop's events the table shows; the chain line above counts the whole store. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty intactProperty() {
        return intact.getReadOnlyProperty();
    }

    // commands

    /** Reloads the events and verifies the whole log again. */
    public void reload() {
        Workshop workshop = state.workshop();
        Party viewer = state.activeParty();
        if (workshop == null) {
            rows.clear();
            return;
        }
        rows.clear();
        tasks.task("Verifying the audit log", () -> new Loaded(audit.events(workshop.id()),
                        scoring.board(workshop.id(), viewer == null ? Seat.FIRST : viewer.seat()), audit.verify()))
                .onSuccess(loaded -> {
                    if (state.workshop() != null && state.workshop().id() == workshop.id()
                            && state.activeParty() == viewer) {
                        show(loaded, viewer);
                    }
                })
                .onFailure(Failures.reportTo(dialogs, "Could not read the audit log"))
                .start();
    }

    private record Loaded(List<AuditChain.Entry> events, ScoringBoard board, AuditVerification.Result result) {
    }

    private void show(Loaded loaded, Party viewer) {
        Map<Long, String> titles = new HashMap<>();
        Map<Long, Integer> revealedUpTo = new HashMap<>();
        for (ScoringBoard.Entry entry : loaded.board().entries()) {
            titles.put(entry.initiative().id(), entry.initiative().title());
            revealedUpTo.put(entry.initiative().id(), entry.round().latestRevealedRound());
        }
        List<Row> fresh = new ArrayList<>();
        TreeSet<String> seenActors = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> seenKinds = new TreeSet<>();
        for (AuditChain.Entry e : loaded.events()) {
            String label = e.knownKind().map(AuditKind::label).orElse(e.kind() + " (unknown kind)");
            String about = about(e, titles, revealedUpTo, viewer);
            String details = hidden(e, revealedUpTo, viewer) ? "" : details(e.payload());
            fresh.add(new Row(e.id(), e.at(), e.actor(), label, about, details, e.hash().substring(0, 12)));
            seenActors.add(e.actor());
            seenKinds.add(label);
        }
        rows.setAll(fresh);
        // A combo box drops its value when its items are replaced: the chosen filters are put back, so coming back
        // to the log (or verifying again) shows what the person had chosen.
        String chosenKind = kind.get();
        String chosenActor = actor.get();
        kinds.setAll(choices(ALL, seenKinds, chosenKind));
        actors.setAll(choices(ANYONE, seenActors, chosenActor));
        kind.set(chosenKind == null ? ALL : chosenKind);
        actor.set(chosenActor == null ? ANYONE : chosenActor);
        AuditVerification.Result result = loaded.result();
        intact.set(result.intact());
        chain.set(result.intact()
                ? "The whole log verifies: " + Plurals.count(result.events(), "event") + " of every workshop in this store, "
                        + Plurals.count(result.signedAgreements(), "signed agreement") + ". Last hash " + result.lastHash().substring(0, 16) + "\u2026 (write it down "
                        + "to check later with parley verify --expect)."
                : "The log does NOT verify: " + result.broken().describe()
                        + " Restore the store from a trusted backup.");
        filter();
    }

    /** "All" first, then what the log holds, and a chosen value the log no longer holds, so it stays chosen. */
    private static List<String> choices(String all, TreeSet<String> seen, String chosen) {
        List<String> choices = new ArrayList<>(List.of(all));
        choices.addAll(seen);
        if (chosen != null && !choices.contains(chosen)) {
            choices.add(chosen);
        }
        return choices;
    }

    private void count() {
        if (rows.isEmpty()) {
            count.set("");
        } else if (shown.size() == rows.size()) {
            count.set("This workshop: " + Plurals.count(rows.size(), "event") + ".");
        } else {
            count.set("Showing " + shown.size() + " of this workshop's " + Plurals.count(rows.size(), "event") + ".");
        }
    }

    /** A submission by the other party in a round not yet revealed: its initiative stays private. */
    private static boolean hidden(AuditChain.Entry e, Map<Long, Integer> revealedUpTo, Party viewer) {
        boolean submission = e.kind().equals(AuditKind.ASSESSMENT_SUBMITTED.name())
                || e.kind().equals(AuditKind.ASSESSMENT_CHANGED.name());
        if (!submission || e.subjectId() == null) {
            return false;
        }
        if (viewer != null && e.partyId() != null && e.partyId() == viewer.id()) {
            return false;
        }
        Matcher round = ROUND.matcher(e.payload());
        int eventRound = round.find() ? Integer.parseInt(round.group(1)) : Integer.MAX_VALUE;
        return eventRound > revealedUpTo.getOrDefault(e.subjectId(), 0);
    }

    private static String about(AuditChain.Entry e, Map<Long, String> titles, Map<Long, Integer> revealedUpTo,
                                Party viewer) {
        if (hidden(e, revealedUpTo, viewer)) {
            return "an initiative (private until the reveal)";
        }
        // Only these kinds name an initiative as their subject; others name a workshop, party or agreement.
        boolean aboutInitiative = e.kind().startsWith("ASSESSMENT_") || e.kind().startsWith("ROUND_")
                || e.kind().startsWith("INITIATIVE_") || e.kind().equals(AuditKind.NOTE_ADDED.name());
        if (aboutInitiative && e.subjectId() != null && titles.containsKey(e.subjectId())) {
            return titles.get(e.subjectId());
        }
        // Agreements and notes name their initiative in the payload, by title.
        Matcher named = INITIATIVE.matcher(e.payload() == null ? "" : e.payload());
        return named.find() ? named.group(1) : "";
    }

    /** The payload without JSON punctuation: "round: 1, title: Passkeys". */
    static String details(String payload) {
        String text = payload == null ? "" : payload.strip();
        if (text.startsWith("{") && text.endsWith("}")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.replace("\":", ": ").replace("\"", "").replace(",", ", ").replaceAll("\\s+", " ").strip();
    }

    private void filter() {
        String k = kind.get();
        String a = actor.get();
        String[] words = search.get() == null ? new String[0] : search.get().strip().toLowerCase(Locale.ROOT).split("\\s+");
        shown.setPredicate(row -> {
            if (k != null && !k.equals(ALL) && !row.kind().equals(k)) {
                return false;
            }
            if (a != null && !a.equals(ANYONE) && !row.actor().equalsIgnoreCase(a)) {
                return false;
            }
            String haystack = (row.kind() + " " + row.about() + " " + row.details() + " " + row.actor())
                    .toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (!word.isEmpty() && !haystack.contains(word)) {
                    return false;
                }
            }
            return true;
        });
    }
}
