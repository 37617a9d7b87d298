package org.parley.exchange;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.InitiativeField;
import org.parley.domain.InitiativeRules;
import org.parley.domain.ParleyException;

/**
 * Reads an initiatives file into an {@link InitiativeImportPlan}: a row with an id updates that initiative
 * (the fields the file has columns for), a row without one adds a new one. Every problem in the file is
 * found, with its line, so that one round of corrections is enough; one bad row rejects the whole file.
 * <p>
 * The file is read a row at a time, and a plan keeps only the first rows, so a file of a million rows is read in
 * the memory of a few. Applying the plan reads the file again with the same checks (decision 0018).
 */
public final class InitiativeImporter {

    private static final String ID = InitiativeExporter.ID;
    private static final String TITLE = InitiativeField.TITLE.column();
    private static final Pattern ID_TEXT = Pattern.compile("\\d{1,18}");
    private static final String ACCEPTED = String.join(", ", InitiativeExporter.COLUMNS);

    private final KnownIds existing;
    private final InitiativeImportPlan.Changes changes;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final ProblemList problems = new ProblemList();
    private CsvLayout layout;
    private boolean export;
    private Set<InitiativeField> fields;
    private OpenQuoteCheck openQuotes;
    private int rowsRead;

    private InitiativeImporter(KnownIds existing, InitiativeImportPlan.Changes changes) {
        this.existing = existing;
        this.changes = changes;
    }

    /**
     * Reads a UTF-8 file, with or without a BOM. The plan keeps the first rows only; applying it reads the file
     * again, and refuses it if it changed in between.
     */
    public static InitiativeImportPlan parse(Path file, Set<Long> existingIds, ExchangeProgress progress)
            throws IOException {
        long[] ids = KnownIds.sorted(existingIds);
        Kept kept = new Kept(InitiativeImportPlan.SHOWN);
        MessageDigest digest = sha256();
        InitiativeImporter reading = new InitiativeImporter(new KnownIds(ids), kept);
        try (Reader reader = CsvTableReader.open(file, digest)) {
            InitiativeImportPlan rejected = reading.read(reader, progress);
            if (rejected != null) {
                return rejected;
            }
        }
        byte[] fingerprint = digest.digest();
        return reading.plan(kept, file, (changes, again) -> reread(file, ids, fingerprint, kept, changes, again));
    }

    /**
     * Reads the reader to its end and closes it. The plan holds every row, as the text cannot be read twice: for
     * text already in memory.
     *
     * @param existingIds the ids of the target workshop's initiatives: only those can be updated
     * @throws ExchangeCancelledException when {@code progress} asks to stop; there is no plan then
     */
    public static InitiativeImportPlan parse(Reader reader, Set<Long> existingIds, ExchangeProgress progress)
            throws IOException {
        Kept kept = new Kept(Integer.MAX_VALUE);
        InitiativeImporter reading = new InitiativeImporter(new KnownIds(KnownIds.sorted(existingIds)), kept);
        try (reader) {
            InitiativeImportPlan rejected = reading.read(reader, progress);
            if (rejected != null) {
                return rejected;
            }
        }
        return reading.plan(kept, null, InitiativeImportPlan.inMemory(kept.additions, kept.updates));
    }

    /** Reads the file a second time, handing each change over: what applying a plan read from a file does. */
    private static void reread(Path file, long[] ids, byte[] fingerprint, Kept first,
            InitiativeImportPlan.Changes changes, ExchangeProgress progress) throws IOException {
        Kept counted = new Kept(0, changes);
        MessageDigest digest = sha256();
        InitiativeImporter reading = new InitiativeImporter(new KnownIds(ids), counted);
        try (Reader reader = CsvTableReader.open(file, digest)) {
            // Progress is the writer's to report; the reading only listens for a cancel.
            reading.read(reader, progress.quiet());
        } catch (UnreadableFileException e) {
            throw changed(file);
        }
        if (!reading.problems.isEmpty() || counted.addCount != first.addCount
                || counted.updateCount != first.updateCount || !MessageDigest.isEqual(fingerprint, digest.digest())) {
            throw changed(file);
        }
    }

    private static ParleyException changed(Path file) {
        return new ParleyException(file.getFileName() + " changed after it was checked, so nothing was imported. "
                + "Import it again to check it as it is now.");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Reads and checks every row, handing each change over while the file has no problem; a rejection or null. */
    private InitiativeImportPlan read(Reader reader, ExchangeProgress progress) throws IOException {
        CsvLayout read;
        try {
            read = CsvTableReader.stream(reader, progress, new CsvTableReader.RowHandler() {
                @Override
                public void header(CsvLayout layout) {
                    readHeader(layout);
                }

                @Override
                public void row(CsvTable.Row row) {
                    rowsRead++;
                    // Only Parley's export guards formulas; see readHeader.
                    CsvTable.Row cells = export ? row.guardsRemoved() : row;
                    readRow(cells);
                    openQuotes.row(cells);
                }
            });
        } catch (UnreadableFileException e) {
            return InitiativeImportPlan.reject(ImportFindings.of(List.of(e.problem())), 0);
        }
        if (read.isEmpty()) {
            return InitiativeImportPlan.reject(ImportFindings.of(List.of(new ImportProblem(1, null,
                    "The file is empty. Its first line must be a header, such as " + String.join(",",
                            InitiativeExporter.COLUMNS) + ", and each line after it one initiative."))), 0);
        }
        return problems.isEmpty() ? null : InitiativeImportPlan.reject(problems.findings(openQuotes), rowsRead);
    }

    private InitiativeImportPlan plan(Kept kept, Path file, InitiativeImportPlan.Source source) {
        return new InitiativeImportPlan(kept.additions, kept.updates, kept.addCount, kept.updateCount,
                problems.findings(openQuotes), rowsRead, file, source);
    }

    private void readHeader(CsvLayout layout) {
        this.layout = layout;
        // Only Parley's export guards formulas, and it writes its header as it is here; a spreadsheet keeps the
        // header when the file is edited and saved again, even with semicolons. In any other file a leading
        // apostrophe is the author's and stays: a spreadsheet stores a typed '=x as =x, so an apostrophe in the
        // file was meant to be there.
        this.export = layout.hasHeader(InitiativeExporter.COLUMNS);
        this.openQuotes = new OpenQuoteCheck(layout);
        readColumns(layout.header());
        this.fields = Set.copyOf(fieldsInFile()); // immutable, so that each Update shares it rather than copying it
    }

    /** The changes of a reading: the first {@code limit} of each kind kept, all counted, each passed on. */
    private static final class Kept implements InitiativeImportPlan.Changes {

        private final int limit;
        private final InitiativeImportPlan.Changes next;
        private final List<InitiativeDraft> additions = new ArrayList<>();
        private final List<InitiativeImportPlan.Update> updates = new ArrayList<>();
        private int addCount;
        private int updateCount;

        Kept(int limit) {
            this(limit, null);
        }

        Kept(int limit, InitiativeImportPlan.Changes next) {
            this.limit = limit;
            this.next = next;
        }

        @Override
        public void add(InitiativeDraft draft) {
            if (addCount++ < limit) {
                additions.add(draft);
            }
            if (next != null) {
                next.add(draft);
            }
        }

        @Override
        public void update(InitiativeImportPlan.Update update) {
            if (updateCount++ < limit) {
                updates.add(update);
            }
            if (next != null) {
                next.update(update);
            }
        }
    }

    /**
     * The ids of the target workshop's initiatives, sorted, with the line each was first given on in this file:
     * two numbers an initiative, where a map of boxed ids would take ten times the memory.
     */
    private static final class KnownIds {

        private final long[] ids;
        private final long[] lines;

        KnownIds(long[] sortedIds) {
            this.ids = sortedIds;
            this.lines = new long[sortedIds.length];
        }

        static long[] sorted(Set<Long> ids) {
            long[] sorted = ids.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return sorted;
        }

        boolean contains(long id) {
            return Arrays.binarySearch(ids, id) >= 0;
        }

        /** Notes that the id is given on the line; the line it was given on before, or 0 the first time. */
        long given(long id, long line) {
            int index = Arrays.binarySearch(ids, id);
            long earlier = lines[index];
            if (earlier == 0) {
                lines[index] = line;
            }
            return earlier;
        }
    }

    private void readColumns(CsvTable.Row header) {
        List<String> names = header.cells();
        for (int i = 0; i < names.size(); i++) {
            String written = names.get(i).strip();
            String name = written.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                problem(header, null, "Column " + (i + 1) + " of the header has no name. Name it one of "
                        + ACCEPTED + ", or delete the column.");
            } else if (!InitiativeExporter.COLUMNS.contains(name)) {
                problem(header, written, "\"" + CsvTable.shortened(written) + "\" is not a column Parley knows. The columns are "
                        + ACCEPTED + ", in any order; only title is required.");
            } else if (columns.containsKey(name)) {
                problem(header, name, "The column " + name + " appears twice, as columns "
                        + (columns.get(name) + 1) + " and " + (i + 1) + ". Keep one of them.");
            } else {
                columns.put(name, i);
            }
        }
        if (!columns.containsKey(TITLE)) {
            problem(header, TITLE, "The header has no title column, and every initiative needs a title. "
                    + "Add a column named title.");
        }
    }

    private void readRow(CsvTable.Row row) {
        String cellCount = layout.cellCountProblem(row);
        if (cellCount != null) {
            problem(row, null, cellCount);
            return;
        }
        Long id = id(row);
        InitiativeRules.Input input = new InitiativeRules.Input(
                cell(row, TITLE),
                cell(row, InitiativeField.DESCRIPTION.column()),
                cell(row, InitiativeField.CATEGORY.column()),
                cell(row, InitiativeField.SPONSOR.column()),
                cell(row, InitiativeField.ESTIMATED_COST.column()),
                cell(row, InitiativeField.TAGS.column()));
        InitiativeRules.check(input).forEach((field, message) -> {
            // Without a title column the header problem says it all; "Title is required" on every line would not.
            if (field != InitiativeField.TITLE || columns.containsKey(TITLE)) {
                problem(row, field.column(), fieldMessage(field, message, input.cost()));
            }
        });
        if (problems.isEmpty()) { // once the file is rejected, drafts are of no use
            InitiativeDraft draft = InitiativeRules.toDraft(input);
            if (id == null) {
                changes.add(draft);
            } else {
                changes.update(new InitiativeImportPlan.Update(id, draft, fields));
            }
        }
    }

    /** The id of the initiative the row updates, or null for a new one (or a bad id, with its problem noted). */
    private Long id(CsvTable.Row row) {
        String text = cell(row, ID).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!ID_TEXT.matcher(text).matches()) {
            problem(row, ID, "\"" + CsvTable.shortened(text) + "\" is not an initiative id. An id is a whole number, "
                    + "such as 12; leave it empty to add a new initiative.");
            return null;
        }
        long id = Long.parseLong(text);
        // Only the workshop's ids are remembered, so that a file of a million unknown ids takes no memory for them.
        if (!existing.contains(id)) {
            problem(row, ID, "This workshop has no initiative with id " + id + ". Leave the id empty to add it as "
                    + "a new initiative.");
            return id;
        }
        long earlier = existing.given(id, row.line());
        if (earlier != 0) {
            problem(row, ID, "Initiative " + id + " is on line " + earlier + " too. Keep one of the two lines.");
        }
        return id;
    }

    private Set<InitiativeField> fieldsInFile() {
        Set<InitiativeField> fields = EnumSet.noneOf(InitiativeField.class);
        for (InitiativeField field : InitiativeField.values()) {
            if (columns.containsKey(field.column())) {
                fields.add(field);
            }
        }
        return fields;
    }

    private String cell(CsvTable.Row row, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cells().get(index);
    }

    /** The domain's words, with the cost itself in place of "Estimated cost" so the cell is easy to find. */
    private static String fieldMessage(InitiativeField field, String message, String cell) {
        String label = field.label() + " ";
        if (field == InitiativeField.ESTIMATED_COST && message.startsWith(label)) {
            return "\"" + CsvTable.shortened(cell.strip()) + "\" " + message.substring(label.length());
        }
        return message;
    }

    private void problem(CsvTable.Row row, String column, String message) {
        problems.add(new ImportProblem(row.line(), column, message));
    }
}
