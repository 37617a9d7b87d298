package org.parley.ui.scoring;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.parley.domain.Party;
import org.parley.domain.ScoringBoard;

/**
 * The queue of initiatives the active party scores: the board it may see, all of it or only what it has not scored,
 * how far each party has got, and who takes the laptop once it has scored everything.
 */
public final class ScoringQueue {

    private final ObservableObjectValue<ScoringBoard.Entry> open;
    private final ReadOnlyObjectWrapper<ScoringBoard> board = new ReadOnlyObjectWrapper<>(this, "board");
    private final ObservableList<ScoringBoard.Entry> entries = FXCollections.observableArrayList();
    private final FilteredList<ScoringBoard.Entry> items = new FilteredList<>(entries);
    private final BooleanProperty showAll = new SimpleBooleanProperty(this, "showAll", true);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper allScored = new ReadOnlyStringWrapper(this, "allScored", "");

    /** @param open the initiative open on the page: it stays listed while it is open, scored or not */
    ScoringQueue(ObservableObjectValue<ScoringBoard.Entry> open) {
        this.open = open;
        showAll.addListener(obs -> applyFilter());
    }

    // properties

    public ReadOnlyObjectProperty<ScoringBoard> boardProperty() {
        return board.getReadOnlyProperty();
    }

    /** The initiatives in the queue: all, or only those the active party has not scored in their current round. */
    public ObservableList<ScoringBoard.Entry> items() {
        return items;
    }

    public BooleanProperty showAllProperty() {
        return showAll;
    }

    /** How many initiatives each party has scored; never how many are ready to reveal. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Once the party has scored everything open to it, who takes the laptop next; "" until then. */
    public ReadOnlyStringProperty allScoredProperty() {
        return allScored.getReadOnlyProperty();
    }

    /** The revealed initiatives, for choosing which get another round. */
    public List<ScoringBoard.Entry> revealed() {
        return entries.stream().filter(e -> e.round().revealed()).toList();
    }

    // commands

    /** Shows the board the active party may see; {@code parties} are the workshop's, to name the other one. */
    void show(ScoringBoard current, List<Party> parties) {
        board.set(current);
        entries.setAll(current.entries());
        applyFilter();
        Party other = parties.stream().filter(p -> p.seat() != current.viewer()).findFirst().orElse(null);
        int total = current.entries().size();
        List<String> parts = new ArrayList<>();
        parts.add("You have scored " + current.ownScored() + " of " + total);
        if (other != null) {
            parts.add(other.label() + " has scored " + current.otherScored() + " of " + total);
        }
        // No "ready to reveal" count: with its own scores known, a party would learn the other's from it.
        summary.set(String.join("  \u00B7  ", parts));
        allScored.set(allScoredPrompt(current, other));
    }

    /** Forgets the board, as when the party or the workshop changed out of view. */
    void clear() {
        board.set(null);
        entries.clear();
        summary.set("");
    }

    /** The initiative {@code id}, or else the first one listed; null when nothing is listed. */
    ScoringBoard.Entry find(long id) {
        return entries.stream().filter(e -> e.initiative().id() == id).findFirst()
                .orElse(items.isEmpty() ? null : items.get(0));
    }

    /** The next initiative in the queue, after {@code id}, that still needs the active party's scores. */
    ScoringBoard.Entry nextAfter(long id) {
        int start = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).initiative().id() == id) {
                start = i + 1;
            }
        }
        for (int k = 0; k < entries.size(); k++) {
            ScoringBoard.Entry candidate = entries.get((start + k) % entries.size());
            if (!candidate.scoredByViewer() && candidate.round().acceptsScores()) {
                return candidate;
            }
        }
        return find(id);
    }

    private void applyFilter() {
        ScoringBoard.Entry keep = open.get();
        items.setPredicate(entry -> showAll.get() || !entry.scoredByViewer()
                || (keep != null && keep.initiative().id() == entry.initiative().id()));
    }

    /**
     * "All 14 scored. Pass the laptop to Jonas (Ctrl+P)" once the party has scored every initiative in its current
     * round and some still wait for a reveal; "" otherwise. The other party's count is public in the summary too.
     */
    private static String allScoredPrompt(ScoringBoard current, Party other) {
        int total = current.entries().size();
        boolean waiting = current.entries().stream().anyMatch(e -> e.round().acceptsScores());
        if (total == 0 || current.ownScored() < total || !waiting) {
            return "";
        }
        String all = "All " + total + " scored.";
        if (other == null) {
            return all;
        }
        if (current.otherScored() >= total) {
            return all + " " + other.displayName() + " has scored them all too: reveal them together.";
        }
        return all + " Pass the laptop to " + other.displayName() + " (Ctrl+P)";
    }
}
