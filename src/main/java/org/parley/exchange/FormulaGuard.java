package org.parley.exchange;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheets from running text cells as formulas (OWASP "CSV injection"): a risky cell gets a
 * leading {@code '}, which the importer takes off again. Text that already starts with apostrophes before
 * a risky character is guarded too, so that the importer can always tell our apostrophe from the author's.
 * That holds only in a file Parley wrote: the importers restore a file only when its header is Parley's
 * export header (initiatives, the register); a scores file, which Parley never writes, keeps every apostrophe.
 */
final class FormulaGuard {

    private static final Pattern RISKY = Pattern.compile("^'*[=+\\-@\t\r\n]");

    private FormulaGuard() {
    }

    static String neutralise(String text) {
        return RISKY.matcher(text).find() ? "'" + text : text;
    }

    /** The text {@link #neutralise} was given, for a cell it wrote; any other cell comes back as it is. */
    static String restore(String cell) {
        if (cell.startsWith("'") && RISKY.matcher(cell).region(1, cell.length()).find()) {
            return cell.substring(1);
        }
        return cell;
    }
}
