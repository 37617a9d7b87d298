package org.parley.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.parley.domain.ComplianceTags;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeField;

/** Writes a workshop's initiatives in the CSV contract of design.md, which {@link InitiativeImporter} reads back. */
public final class InitiativeExporter {

    public static final String ID = "id";

    /** id, title, description, category, sponsor, estimated_cost, tags. */
    public static final List<String> COLUMNS = List.of(
            ID,
            InitiativeField.TITLE.column(),
            InitiativeField.DESCRIPTION.column(),
            InitiativeField.CATEGORY.column(),
            InitiativeField.SPONSOR.column(),
            InitiativeField.ESTIMATED_COST.column(),
            InitiativeField.TAGS.column());

    private InitiativeExporter() {
    }

    public static void export(Path target, List<Initiative> initiatives, CsvOptions options, ExchangeProgress progress)
            throws IOException {
        CsvFileWriter.write(target, COLUMNS, initiatives, InitiativeExporter::row, options, progress);
    }

    static List<CsvCell> row(Initiative initiative) {
        return List.of(
                CsvCell.number(initiative.id()),
                CsvCell.text(initiative.title()),
                CsvCell.text(initiative.description()),
                CsvCell.text(initiative.category()),
                CsvCell.text(initiative.sponsor()),
                CsvCell.number(initiative.estimatedCost()),
                CsvCell.text(ComplianceTags.join(initiative.tags())));
    }
}
