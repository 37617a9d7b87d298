package org.parley.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.InitiativeField;

/**
 * What an initiatives file asks for, checked but not applied: the caller applies every row in one
 * transaction, or none. A rejected plan has problems and nothing to apply.
 * <p>
 * A plan holds the first {@link #SHOWN} additions and updates, for a preview, and counts the rest; it does not
 * hold a large file's rows. {@link #forEachChunk} hands every change over in chunks, reading a file a second time
 * and refusing it if it changed since it was checked (see decision 0018).
 */
public final class InitiativeImportPlan {

    /** How many additions, and how many updates, a plan keeps to show before it is applied. */
    public static final int SHOWN = 100;

    private final List<InitiativeDraft> additions;
    private final List<Update> updates;
    private final int addCount;
    private final int updateCount;
    private final ImportFindings findings;
    private final int rowsRead;
    private final Path file;
    private final Source source;

    /**
     * A row with an id: new values for the fields the file has columns for. The draft holds blanks for the
     * other fields, so apply it with {@link #applyTo}, which keeps their current values.
     */
    public record Update(long id, InitiativeDraft draft, Set<InitiativeField> fields) {

        public Update {
            Objects.requireNonNull(draft, "draft");
            fields = Set.copyOf(fields);
        }

        /** The initiative's fields after the update: a file of titles alone must not wipe the descriptions. */
        public InitiativeDraft applyTo(InitiativeDraft current) {
            return new InitiativeDraft(
                    pick(InitiativeField.TITLE, draft.title(), current.title()),
                    pick(InitiativeField.DESCRIPTION, draft.description(), current.description()),
                    pick(InitiativeField.CATEGORY, draft.category(), current.category()),
                    pick(InitiativeField.SPONSOR, draft.sponsor(), current.sponsor()),
                    pick(InitiativeField.ESTIMATED_COST, draft.estimatedCost(), current.estimatedCost()),
                    pick(InitiativeField.TAGS, draft.tags(), current.tags()));
        }

        private <T> T pick(InitiativeField field, T fromFile, T current) {
            return fields.contains(field) ? fromFile : current;
        }
    }

    /** What {@link #forEachChunk} hands the changes to, in the file's order within each kind. */
    public interface Chunks {

        void additions(List<InitiativeDraft> drafts);

        void updates(List<Update> updates);
    }

    /** Each change of the plan, one at a time: the rows of a file read again, or the lists of a plan in memory. */
    interface Source {

        void forEach(Changes changes, ExchangeProgress progress) throws IOException;
    }

    /** What a reading of the file hands each change to, while the file has no problem. */
    interface Changes {

        void add(InitiativeDraft draft);

        void update(Update update);
    }

    InitiativeImportPlan(List<InitiativeDraft> firstAdditions, List<Update> firstUpdates, int addCount,
            int updateCount, ImportFindings findings, int rowsRead, Path file, Source source) {
        this.additions = List.copyOf(firstAdditions.subList(0, Math.min(SHOWN, firstAdditions.size())));
        this.updates = List.copyOf(firstUpdates.subList(0, Math.min(SHOWN, firstUpdates.size())));
        this.addCount = addCount;
        this.updateCount = updateCount;
        this.findings = Objects.requireNonNull(findings, "findings");
        this.rowsRead = rowsRead;
        this.file = file;
        this.source = Objects.requireNonNull(source, "source");
        if (findings.rejected() && (addCount > 0 || updateCount > 0)) {
            throw new IllegalArgumentException("A file with problems has nothing to apply");
        }
    }

    /** A plan made in memory of these changes, every problem listed. */
    public InitiativeImportPlan(List<InitiativeDraft> additions, List<Update> updates, List<ImportProblem> problems,
            int rowsRead) {
        this(additions, updates, additions.size(), updates.size(), ImportFindings.of(problems), rowsRead, null,
                inMemory(additions, updates));
    }

    static InitiativeImportPlan reject(ImportFindings findings, int rowsRead) {
        return new InitiativeImportPlan(List.of(), List.of(), 0, 0, findings, rowsRead, null,
                inMemory(List.of(), List.of()));
    }

    /** A source that hands over lists held in memory: additions first, then updates. */
    static Source inMemory(List<InitiativeDraft> additions, List<Update> updates) {
        List<InitiativeDraft> allAdditions = List.copyOf(additions);
        List<Update> allUpdates = List.copyOf(updates);
        return (changes, progress) -> {
            allAdditions.forEach(changes::add);
            allUpdates.forEach(changes::update);
        };
    }

    /** The first {@link #SHOWN} additions, in the file's order; {@link #addCount} counts them all. */
    public List<InitiativeDraft> firstAdditions() {
        return additions;
    }

    /** The first {@link #SHOWN} updates, in the file's order; {@link #updateCount} counts them all. */
    public List<Update> firstUpdates() {
        return updates;
    }

    public int addCount() {
        return addCount;
    }

    public int updateCount() {
        return updateCount;
    }

    /** The file's problems, which reject it, and its warnings, which do not. */
    public ImportFindings findings() {
        return findings;
    }

    /** The file's rows, header and blank lines not counted. */
    public int rowsRead() {
        return rowsRead;
    }

    /** The file the plan was read from and reads again to apply; null for a plan made in memory. */
    public Path file() {
        return file;
    }

    /**
     * Hands every change of the plan over, in chunks of at most {@code size} additions or updates. A file is read
     * again, which is why this may fail as reading does.
     *
     * @throws org.parley.domain.ParleyException when the file changed since it was checked; some chunks may have
     *                                           been handed over by then, so call this inside the transaction
     * @throws ExchangeCancelledException        when {@code progress} asks to stop
     */
    public void forEachChunk(int size, Chunks chunks, ExchangeProgress progress) throws IOException {
        if (size < 1) {
            throw new IllegalArgumentException("A chunk holds at least one change, not " + size);
        }
        List<InitiativeDraft> addChunk = new ArrayList<>(size);
        List<Update> updateChunk = new ArrayList<>(size);
        source.forEach(new Changes() {
            @Override
            public void add(InitiativeDraft draft) {
                addChunk.add(draft);
                if (addChunk.size() == size) {
                    handOver(addChunk, chunks::additions);
                }
            }

            @Override
            public void update(Update update) {
                updateChunk.add(update);
                if (updateChunk.size() == size) {
                    handOver(updateChunk, chunks::updates);
                }
            }
        }, progress);
        handOver(addChunk, chunks::additions);
        handOver(updateChunk, chunks::updates);
    }

    private static <T> void handOver(List<T> chunk, Consumer<List<T>> to) {
        if (!chunk.isEmpty()) {
            to.accept(List.copyOf(chunk));
            chunk.clear();
        }
    }

    /** The first problems; {@link ImportFindings#problemCount} says how many there are in all. */
    public List<ImportProblem> problems() {
        return findings.problems();
    }

    /** True when one or more rows are wrong: then none of them is to be imported. */
    public boolean rejected() {
        return findings.rejected();
    }

    /** True when there is nothing to apply, as for a file with a header only. */
    public boolean isEmpty() {
        return addCount == 0 && updateCount == 0;
    }

    /** One sentence for a status line or the command line; the problems themselves follow it there. */
    public String summary() {
        if (rejected()) {
            return findings.rejection();
        }
        if (isEmpty()) {
            return "The file has no initiatives in it; there is nothing to import.";
        }
        return addCount + (addCount == 1 ? " initiative" : " initiatives") + " to add and "
                + updateCount + " to update." + findings.warningSummary();
    }
}
