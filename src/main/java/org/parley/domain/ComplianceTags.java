package org.parley.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Compliance tags: the regimes an initiative touches. Known regimes get one canonical spelling. */
public final class ComplianceTags {

    /** Offered in the editor; any other tag is allowed too. */
    public static final List<String> KNOWN = List.of(
            "GDPR", "PCI-DSS", "HIPAA", "SOC 2", "ISO 27001", "NIS2", "DORA", "SOX", "CCPA", "EU AI Act");

    public static final int MAX_LENGTH = 40;

    // Compiled once: an import checks the tags of every row of a file, up to a million of them.
    private static final Pattern SEPARATOR = Pattern.compile("[|,;]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    private static final Map<String, String> CANONICAL = new LinkedHashMap<>();

    static {
        for (String tag : KNOWN) {
            CANONICAL.put(key(tag), tag);
        }
    }

    private ComplianceTags() {
    }

    /** Splits "GDPR | soc2, PCI DSS" into canonical tags; the CSV contract uses '|', people type commas. */
    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return normalise(List.of(SEPARATOR.split(text)));
    }

    /**
     * Trims, drops blanks and duplicates (ignoring case and punctuation), spells known regimes canonically
     * and sorts, so that a set of tags has one written form wherever it is shown or stored.
     */
    public static List<String> normalise(Collection<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String raw : tags) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String tag = SPACES.matcher(raw.strip()).replaceAll(" ");
            String key = key(tag);
            unique.putIfAbsent(key, CANONICAL.getOrDefault(key, tag));
        }
        List<String> sorted = new ArrayList<>(unique.values());
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        return List.copyOf(sorted);
    }

    /** The text of a problem with one tag, or null when it is fine. */
    public static String problem(String tag) {
        if (tag.length() > MAX_LENGTH) {
            return "Tag \"" + tag.substring(0, 12) + "…\" is longer than " + MAX_LENGTH + " characters.";
        }
        return null;
    }

    public static String join(List<String> tags) {
        return String.join("|", tags);
    }

    private static String key(String tag) {
        return NOT_LETTER_OR_DIGIT.matcher(tag.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
