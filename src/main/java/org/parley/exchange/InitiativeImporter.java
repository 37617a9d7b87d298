package org.parley.exchange;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.InitiativeField;
import org.parley.domain.InitiativeRules;

/**
 * Reads an initiatives file into an {@link InitiativeImportPlan}: a row with an id updates that initiative
 * (the fields the file has columns for), a row without one adds a new one. Every problem in the file is
 * found, with its line, so that one round of corrections is enough; one bad row rejects the whole file.
 */
public final class InitiativeImporter {

    private static final String ID = InitiativeExporter.ID;
    private static final String TITLE = InitiativeField.TITLE.column();
    private static final String ACCEPTED = String.join(", ", InitiativeExporter.COLUMNS);

    private final CsvTable table;
    private final Set<Long> existingIds;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Map<Long, Long> lineOfId = new HashMap<>();
    private final ProblemList problems = new ProblemList();
    private final List<InitiativeDraft> additions = new ArrayList<>();
    private final List<InitiativeImportPlan.Update> updates = new ArrayList<>();

    private InitiativeImporter(CsvTable table, Set<Long> existingIds) {
        this.table = table;
        this.existingIds = existingIds;
    }

    /** Reads a UTF-8 file, with or without a BOM. */
    public static InitiativeImportPlan parse(Path file, Set<Long> existingIds, ExchangeProgress progress)
            throws IOException {
        try (Reader reader = CsvTableReader.open(file)) {
            return parse(reader, existingIds, progress);
        }
    }

    /**
     * Reads the reader to its end and closes it.
     *
     * @param existingIds the ids of the target workshop's initiatives: only those can be updated
     * @throws ExchangeCancelledException when {@code progress} asks to stop; there is no plan then
     */
    public static InitiativeImportPlan parse(Reader reader, Set<Long> existingIds, ExchangeProgress progress)
            throws IOException {
        CsvTable table;
        try {
            table = CsvTableReader.read(reader, progress);
        } catch (UnreadableFileException e) {
            return InitiativeImportPlan.reject(ImportFindings.of(List.of(e.problem())), 0);
        }
        if (table.isEmpty()) {
            return InitiativeImportPlan.reject(ImportFindings.of(List.of(new ImportProblem(1, null,
                    "The file is empty. Its first line must be a header, such as " + String.join(",",
                            InitiativeExporter.COLUMNS) + ", and each line after it one initiative."))), 0);
        }
        // Only Parley's export guards formulas, and it writes its header as it is here; a spreadsheet keeps the
        // header when the file is edited and saved again, even with semicolons. In any other file a leading
        // apostrophe is the author's and stays: a spreadsheet stores a typed '=x as =x, so an apostrophe in the
        // file was meant to be there.
        boolean export = table.hasHeader(InitiativeExporter.COLUMNS);
        return new InitiativeImporter(export ? table.guardsRemoved() : table, Set.copyOf(existingIds)).plan();
    }

    private InitiativeImportPlan plan() {
        readHeader(table.header());
        Set<InitiativeField> fields = fieldsInFile();
        for (CsvTable.Row row : table.rows()) {
            readRow(row, fields);
        }
        ImportFindings findings = problems.findings(OpenQuoteCheck.warnings(table));
        return problems.isEmpty()
                ? InitiativeImportPlan.accept(additions, updates, findings, table.rows().size())
                : InitiativeImportPlan.reject(findings, table.rows().size());
    }

    private void readHeader(CsvTable.Row header) {
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

    private void readRow(CsvTable.Row row, Set<InitiativeField> fields) {
        String cellCount = table.cellCountProblem(row);
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
                additions.add(draft);
            } else {
                updates.add(new InitiativeImportPlan.Update(id, draft, fields));
            }
        }
    }

    /** The id of the initiative the row updates, or null for a new one (or a bad id, with its problem noted). */
    private Long id(CsvTable.Row row) {
        String text = cell(row, ID).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,18}")) {
            problem(row, ID, "\"" + CsvTable.shortened(text) + "\" is not an initiative id. An id is a whole number, "
                    + "such as 12; leave it empty to add a new initiative.");
            return null;
        }
        long id = Long.parseLong(text);
        Long earlier = lineOfId.putIfAbsent(id, row.line());
        if (earlier != null) {
            problem(row, ID, "Initiative " + id + " is on line " + earlier + " too. Keep one of the two lines.");
        } else if (!existingIds.contains(id)) {
            problem(row, ID, "This workshop has no initiative with id " + id + ". Leave the id empty to add it as "
                    + "a new initiative.");
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
