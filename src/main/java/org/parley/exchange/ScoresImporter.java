package org.parley.exchange;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.domain.AssessmentInput;
import org.parley.domain.Initiative;
import org.parley.domain.Level;
import org.parley.domain.RuleViolation;
import org.parley.domain.Scale;
import org.parley.domain.ValueCriterion;
import org.parley.domain.quant.LossEstimate;

/**
 * Reads one party's scores file into a {@link ScoresImportPlan}: a row per initiative, found by id or by
 * title, with likelihood, impact and either a score per value criterion or one value for all of them.
 * Every problem in the file is found, with its line; one bad row rejects the whole file.
 */
public final class ScoresImporter {

    public static final String INITIATIVE = "initiative";
    public static final String LIKELIHOOD = "likelihood";
    public static final String IMPACT = "impact";
    public static final String VALUE = "value";
    public static final String RATIONALE = "rationale";
    /** The optional loss estimate of the quantitative mode: all three columns or none; on a row all three or none. */
    public static final String PROBABILITY = "probability";
    public static final String LOSS_LOW = "loss_low";
    public static final String LOSS_HIGH = "loss_high";
    public static final List<String> LOSS_COLUMNS = List.of(PROBABILITY, LOSS_LOW, LOSS_HIGH);

    /** The columns whose names are the same in every workshop; the criterion columns come on top. */
    public static final List<String> COLUMNS = List.of(INITIATIVE, LIKELIHOOD, IMPACT, VALUE, RATIONALE, PROBABILITY,
            LOSS_LOW, LOSS_HIGH);
    /** A plain decimal number, as a spreadsheet writes one without grouping: 0.05, 1000000, 2.5e6. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]*\\.?[0-9]+([eE][+-]?[0-9]+)?");

    private static final List<String> REQUIRED = List.of(INITIATIVE, LIKELIHOOD, IMPACT);
    private static final int MAX_EDITS = 3;
    /** A prefix shorter than this matches too much to be a suggestion ("AI", "Pay"). */
    private static final int MIN_PREFIX = 4;
    private static final Pattern LOOSE_GAP = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<ValueCriterion> criteria;
    private final Map<Long, Initiative> byId = new HashMap<>();
    private final Map<String, List<Initiative>> byTitle = new LinkedHashMap<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<Long, Integer> criterionColumns = new LinkedHashMap<>();
    private final Map<Long, Long> lineOfInitiative = new HashMap<>();
    private final ProblemList problems = new ProblemList();
    /** The columns of the current row that have a problem already: each cell is named once. */
    private final Set<String> namedInRow = new HashSet<>();
    private final List<ScoresImportPlan.Row> rows = new ArrayList<>();
    private CsvLayout layout;
    private OpenQuoteCheck openQuotes;
    private int rowsRead;

    private ScoresImporter(List<Initiative> initiatives, List<ValueCriterion> criteria) {
        this.criteria = List.copyOf(criteria);
        for (Initiative initiative : initiatives) {
            byId.put(initiative.id(), initiative);
            byTitle.computeIfAbsent(key(initiative.title()), k -> new ArrayList<>()).add(initiative);
        }
    }

    /** Reads a UTF-8 file, with or without a BOM. */
    public static ScoresImportPlan parse(Path file, List<Initiative> initiatives, List<ValueCriterion> criteria,
            ExchangeProgress progress) throws IOException {
        try (Reader reader = CsvTableReader.open(file)) {
            return parse(reader, initiatives, criteria, progress);
        }
    }

    /**
     * Reads the reader to its end and closes it.
     *
     * @param initiatives the target workshop's initiatives: only those can be scored
     * @param criteria    the workshop's value criteria, in their order
     * @throws ExchangeCancelledException when {@code progress} asks to stop; there is no plan then
     */
    public static ScoresImportPlan parse(Reader reader, List<Initiative> initiatives, List<ValueCriterion> criteria,
            ExchangeProgress progress) throws IOException {
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("A workshop without value criteria cannot be scored");
        }
        return new ScoresImporter(initiatives, criteria).read(reader, progress);
    }

    /** Reads the file a row at a time: the plan holds the rows it accepts, not the file. */
    private ScoresImportPlan read(Reader reader, ExchangeProgress progress) throws IOException {
        CsvLayout read;
        try (reader) {
            read = CsvTableReader.stream(reader, progress, new CsvTableReader.RowHandler() {
                @Override
                public void header(CsvLayout header) {
                    layout = header;
                    openQuotes = new OpenQuoteCheck(header);
                    readHeader(header.header());
                }

                @Override
                public void row(CsvTable.Row row) {
                    rowsRead++;
                    readRow(row);
                    openQuotes.row(row);
                }
            });
        } catch (UnreadableFileException e) {
            return ScoresImportPlan.reject(ImportFindings.of(List.of(e.problem())), 0);
        }
        if (read.isEmpty()) {
            return ScoresImportPlan.reject(ImportFindings.of(List.of(new ImportProblem(1, null,
                    "The file is empty. Its first line must be a header, such as "
                            + "initiative,likelihood,impact,value,rationale, and each line after it the scores of "
                            + "one initiative."))), 0);
        }
        ImportFindings findings = problems.findings(openQuotes);
        return problems.isEmpty()
                ? ScoresImportPlan.accept(rows, findings, rowsRead)
                : ScoresImportPlan.reject(findings, rowsRead);
    }

    // the header

    private void readHeader(CsvTable.Row header) {
        Map<String, ValueCriterion> criterionByKey = new HashMap<>();
        for (ValueCriterion criterion : criteria) {
            criterionByKey.put(key(criterion.name()), criterion);
        }
        Map<Long, Integer> criterionIndex = new HashMap<>();
        List<String> names = header.cells();
        for (int i = 0; i < names.size(); i++) {
            String written = names.get(i).strip();
            String name = key(written);
            ValueCriterion criterion = criterionByKey.get(name);
            if (name.isEmpty()) {
                problem(header, null, "Column " + (i + 1) + " of the header has no name. Name it one of "
                        + accepted() + ", or delete the column.");
            } else if (COLUMNS.contains(name)) {
                Integer earlier = columns.putIfAbsent(name, i);
                if (earlier != null) {
                    twice(header, name, earlier, i);
                }
            } else if (criterion != null) {
                Integer earlier = criterionIndex.putIfAbsent(criterion.id(), i);
                if (earlier != null) {
                    twice(header, criterion.name(), earlier, i);
                }
            } else {
                problem(header, written, "\"" + CsvTable.shortened(written) + "\" is not a column Parley knows. The columns are "
                        + accepted() + ", in any order.");
            }
        }
        for (ValueCriterion criterion : criteria) { // in the workshop's order, whatever the file's
            if (criterionIndex.containsKey(criterion.id())) {
                criterionColumns.put(criterion.id(), criterionIndex.get(criterion.id()));
            }
        }
        for (String column : REQUIRED) {
            if (!columns.containsKey(column)) {
                problem(header, column, "The header has no " + column + " column, and every line needs "
                        + (column.equals(INITIATIVE) ? "one: the initiative's id or its exact title" : "a " + column)
                        + ". Add a column named " + column + ".");
            }
        }
        checkValueColumns(header);
        List<String> lossGiven = LOSS_COLUMNS.stream().filter(columns::containsKey).toList();
        if (!lossGiven.isEmpty() && lossGiven.size() < LOSS_COLUMNS.size()) {
            List<String> lossMissing = LOSS_COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
            problem(header, lossMissing.get(0), "A loss estimate takes three columns, probability, loss_low and "
                    + "loss_high; the header has " + and(lossGiven) + " but no " + and(lossMissing) + ". Add "
                    + (lossMissing.size() == 1 ? "it" : "them") + ", or remove the others.");
        }
    }

    /** Value comes either from one column per criterion or from a single value column, never from both. */
    private void checkValueColumns(CsvTable.Row header) {
        List<String> given = criteria.stream().filter(c -> criterionColumns.containsKey(c.id()))
                .map(ValueCriterion::name).toList();
        List<String> missing = criteria.stream().filter(c -> !criterionColumns.containsKey(c.id()))
                .map(ValueCriterion::name).toList();
        if (columns.containsKey(VALUE) && !given.isEmpty()) {
            problem(header, VALUE, "The header has a value column and " + (given.size() == 1 ? "a column" : "columns")
                    + " for " + and(given) + ". Give either one column per criterion or a single value column, "
                    + "not both.");
        } else if (!columns.containsKey(VALUE) && given.isEmpty()) {
            problem(header, VALUE, "The header has no value column and no criterion columns. Add a value column, "
                    + "or one column per criterion: " + and(names(criteria)) + ".");
        } else if (!columns.containsKey(VALUE) && !missing.isEmpty()) {
            problem(header, null, "The header has no column for " + and(missing) + ". Add one column per criterion ("
                    + and(names(criteria)) + "), or a single value column in place of them all.");
        }
    }

    private void twice(CsvTable.Row header, String column, int first, int second) {
        problem(header, column, "The column " + column + " appears twice, as columns " + (first + 1) + " and "
                + (second + 1) + ". Keep one of them.");
    }

    /** "initiative, likelihood, impact, rationale, and either value or one column per criterion: …". */
    private String accepted() {
        return INITIATIVE + ", " + LIKELIHOOD + ", " + IMPACT + ", " + RATIONALE + ", optionally " + PROBABILITY
                + ", " + LOSS_LOW + " and " + LOSS_HIGH + ", and either " + VALUE + " or one column per criterion: "
                + and(names(criteria));
    }

    // the rows

    private void readRow(CsvTable.Row row) {
        String cellCount = layout.cellCountProblem(row);
        if (cellCount != null) {
            problem(row, null, cellCount);
            return;
        }
        namedInRow.clear();
        Initiative initiative = initiative(row);
        Integer likelihood = level(row, LIKELIHOOD, Scale.LIKELIHOOD, 4);
        Integer impact = level(row, IMPACT, Scale.IMPACT, 4);
        Map<Long, Integer> scores = new HashMap<>();
        if (columns.containsKey(VALUE)) {
            Integer value = score(row, VALUE, "Value", cell(row, VALUE));
            if (value != null && criterionColumns.isEmpty()) {
                criteria.forEach(criterion -> scores.put(criterion.id(), value));
            }
        }
        for (ValueCriterion criterion : criteria) {
            Integer index = criterionColumns.get(criterion.id());
            if (index != null) {
                Integer score = score(row, criterion.name(), criterion.name(), row.cells().get(index));
                if (score != null) {
                    scores.put(criterion.id(), score);
                }
            }
        }
        AssessmentInput input = new AssessmentInput(likelihood, impact, scores, cell(row, RATIONALE), loss(row));
        // What the domain adds to the checks above (the rationale's length) is named like them. A cell named
        // already is not named again, nor a column the header lacks: the header's problem says it once for all.
        input.problems(criteria).forEach((field, message) -> {
            String column = column(field);
            if (column != null && !namedInRow.contains(column)) {
                problem(row, column, message);
            }
        });
        if (problems.isEmpty() && initiative != null) { // once the file is rejected, rows are of no use
            rows.add(new ScoresImportPlan.Row(row.line(), initiative.id(), initiative.title(), input));
        }
    }

    /**
     * The row's loss estimate: null when the file has no loss columns or the row leaves all three empty, or when a
     * cell is wrong (its problem noted, naming the column).
     */
    private LossEstimate loss(CsvTable.Row row) {
        if (!columns.keySet().containsAll(LOSS_COLUMNS)) {
            return null;
        }
        List<String> cells = LOSS_COLUMNS.stream().map(c -> cell(row, c).strip()).toList();
        if (cells.stream().allMatch(String::isEmpty)) {
            return null;
        }
        Double probability = amount(row, PROBABILITY, "Probability", "an annual chance above 0 and at most 1, "
                + "such as 0.05");
        Double low = amount(row, LOSS_LOW, "Loss low", "an amount above 0, such as 1000000");
        Double high = amount(row, LOSS_HIGH, "Loss high", "an amount above loss low, such as 10000000");
        if (probability == null || low == null || high == null) {
            return null;
        }
        try {
            return new LossEstimate(probability, low, high);
        } catch (RuleViolation e) {
            problem(row, switch (e.field()) {
                case "probability" -> PROBABILITY;
                case "lossHigh" -> LOSS_HIGH;
                default -> LOSS_LOW;
            }, e.getMessage());
            return null;
        }
    }

    /** A loss column's number, or null with its problem noted; an empty cell is a problem when the others are not. */
    private Double amount(CsvTable.Row row, String column, String name, String what) {
        String text = cell(row, column).strip();
        if (text.isEmpty()) {
            problem(row, column, name + " is empty while the row's other loss cells are not. Give all three of "
                    + "probability, loss_low and loss_high, or none.");
            return null;
        }
        if (!NUMBER.matcher(text).matches()) {
            problem(row, column, "\"" + CsvTable.shortened(text) + "\" must be " + what + ", in plain digits.");
            return null;
        }
        return Double.parseDouble(text);
    }

    /** The initiative the row scores, or null when there is none (its problem noted). */
    private Initiative initiative(CsvTable.Row row) {
        if (!columns.containsKey(INITIATIVE)) {
            return null;
        }
        String text = cell(row, INITIATIVE).strip();
        if (text.isEmpty()) {
            problem(row, INITIATIVE, "Every line needs an initiative: its id or its exact title.");
            return null;
        }
        boolean number = text.matches("\\d{1,18}");
        Initiative initiative = number ? byId.get(Long.parseLong(text)) : null;
        if (initiative == null) {
            List<Initiative> titled = byTitle.getOrDefault(key(text), List.of());
            if (titled.size() > 1) {
                problem(row, INITIATIVE, titled.size() + " initiatives of this workshop are titled \"" + CsvTable.shortened(text)
                        + "\" (ids " + and(titled.stream().map(i -> String.valueOf(i.id())).toList())
                        + "). Give the id of the one these scores are for.");
                return null;
            }
            if (titled.isEmpty()) {
                problem(row, INITIATIVE, number ? "This workshop has no initiative with id " + text
                        + ". Give the id of one of its initiatives, or its exact title." : notFound(text));
                return null;
            }
            initiative = titled.get(0);
        }
        Long earlier = lineOfInitiative.putIfAbsent(initiative.id(), row.line());
        if (earlier != null) {
            problem(row, INITIATIVE, "\"" + CsvTable.shortened(initiative.title()) + "\" is on line " + earlier
                    + " too. Keep one of the two lines.");
        }
        return initiative;
    }

    private String notFound(String text) {
        String closest = closestTitle(text);
        return "No initiative of this workshop is titled \"" + CsvTable.shortened(text) + "\". "
                + (closest == null ? "Give its exact title, as Parley shows it, or its id."
                : "Did you mean \"" + closest + "\"?");
    }

    /**
     * The one title that is obviously what the person meant, or null: the single title fewest edits away
     * (at most three, and fewer than half the text), else the single title the text begins or is the start of.
     * Punctuation and spacing are left out of the comparison: "Zero trust" is the start of "Zero-trust network
     * access".
     */
    private String closestTitle(String text) {
        String wanted = loose(text);
        int limit = Math.min(MAX_EDITS, (wanted.length() - 1) / 2);
        int best = limit + 1;
        List<String> nearest = new ArrayList<>();
        List<String> prefixed = new ArrayList<>();
        for (List<Initiative> titled : byTitle.values()) {
            String shown = titled.get(0).title();
            String title = loose(shown);
            int edits = edits(wanted, title, limit);
            if (edits < best) {
                best = edits;
                nearest.clear();
            }
            if (edits == best && edits <= limit) {
                nearest.add(shown);
            }
            if (Math.min(wanted.length(), title.length()) >= MIN_PREFIX
                    && (title.startsWith(wanted) || wanted.startsWith(title))) {
                prefixed.add(shown);
            }
        }
        if (!nearest.isEmpty()) {
            return nearest.size() == 1 ? nearest.get(0) : null;
        }
        return prefixed.size() == 1 ? prefixed.get(0) : null;
    }

    /**
     * Edits between two texts (insertions, deletions, substitutions and swaps of neighbours), or
     * {@code limit + 1} as soon as it is sure to be more than {@code limit}.
     */
    static int edits(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[b.length()], limit + 1);
    }

    /**
     * A likelihood or impact: a digit from 1 to 5 or a label of the scale in any case; null when wrong or absent.
     *
     * @param example the score whose label the problem offers as an example
     */
    private Integer level(CsvTable.Row row, String column, Scale scale, int example) {
        if (!columns.containsKey(column)) {
            return null;
        }
        String labels = " (or a label such as " + scale.level(example).label() + ")";
        return score(row, column, scale.title(), cell(row, column), scale, labels);
    }

    /** A criterion's or the value column's score: a whole number from 1 to 5, or null with its problem noted. */
    private Integer score(CsvTable.Row row, String column, String name, String cell) {
        return score(row, column, name, cell, Scale.CRITERION, "");
    }

    /** A level of the scale as {@link Scale#parse} reads it, or null with its problem noted. */
    private Integer score(CsvTable.Row row, String column, String name, String cell, Scale scale,
                          String alternatives) {
        String text = cell.strip();
        Integer score = scale.parse(text).map(Level::score).orElse(null);
        if (score == null) {
            String range = "a whole number from " + Scale.MIN + " to " + Scale.MAX + alternatives + ".";
            problem(row, column, text.isEmpty() ? name + " needs a score: " + range
                    : "\"" + CsvTable.shortened(text) + "\" must be " + range);
        }
        return score;
    }

    /** The column a problem of {@link AssessmentInput#problems} is about, or null when the file has no such column. */
    private String column(String field) {
        if (columns.containsKey(field)) {
            return field;
        }
        for (ValueCriterion criterion : criteria) {
            if (criterion.name().equals(field)) {
                if (criterionColumns.containsKey(criterion.id())) {
                    return criterion.name();
                }
                return columns.containsKey(VALUE) && criterionColumns.isEmpty() ? VALUE : null;
            }
        }
        return null;
    }

    private String cell(CsvTable.Row row, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cells().get(index);
    }

    /** How a column name or a title is compared: ignoring case and the spaces around it. */
    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** The letters and digits of a text, in lower case, with one space between each run of them. */
    private static String loose(String text) {
        return LOOSE_GAP.matcher(key(text)).replaceAll(" ").strip();
    }

    private static List<String> names(List<ValueCriterion> criteria) {
        return criteria.stream().map(ValueCriterion::name).toList();
    }

    /** "A", "A and B", "A, B and C". */
    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private void problem(CsvTable.Row row, String column, String message) {
        namedInRow.add(column);
        problems.add(new ImportProblem(row.line(), column, message));
    }
}
