package org.parley.exchange;

/**
 * How an export is written. The BOM is there by default because Excel needs it to read UTF-8; some tools
 * (older scripts, a few importers) show it as junk in the first header, so it can be left out.
 */
public record CsvOptions(boolean byteOrderMark) {

    public static final CsvOptions DEFAULT = new CsvOptions(true);
    public static final CsvOptions WITHOUT_BOM = new CsvOptions(false);
}
