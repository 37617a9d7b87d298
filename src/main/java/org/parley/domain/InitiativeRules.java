package org.parley.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules an initiative's fields must meet, as plain functions over the text a person typed or a CSV
 * cell held, so that the editor, the importer and the tests share one definition.
 */
public final class InitiativeRules {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int NAME_MAX = 100;

    private static final BigDecimal COST_MAX = new BigDecimal("99999999999999999.99");
    private static final Pattern COST_SPACES = Pattern.compile("[\\s_\u00A0]");
    private static final Pattern CURRENCY = Pattern.compile("^[$€£¥]");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private InitiativeRules() {
    }

    /** The raw text of each field, before any parsing. */
    public record Input(String title, String description, String category, String sponsor, String cost, String tags) {
    }

    /** Problems by field, in field order; empty when the input can be saved. */
    public static Map<InitiativeField, String> check(Input input) {
        Map<InitiativeField, String> problems = new EnumMap<>(InitiativeField.class);
        putIfPresent(problems, InitiativeField.TITLE, titleProblem(input.title()));
        if (text(input.description()).length() > DESCRIPTION_MAX) {
            problems.put(InitiativeField.DESCRIPTION, tooLong("Description", DESCRIPTION_MAX, input.description()));
        }
        putIfPresent(problems, InitiativeField.CATEGORY, nameProblem("Category", input.category()));
        putIfPresent(problems, InitiativeField.SPONSOR, nameProblem("Sponsor", input.sponsor()));
        String costProblem = costProblem(input.cost());
        if (costProblem != null) {
            problems.put(InitiativeField.ESTIMATED_COST, costProblem);
        }
        for (String tag : ComplianceTags.parse(input.tags())) {
            String tagProblem = ComplianceTags.problem(tag);
            if (tagProblem != null) {
                problems.put(InitiativeField.TAGS, tagProblem);
                break;
            }
        }
        return Collections.unmodifiableMap(problems);
    }

    /** Why the text cannot be an initiative's title, or null when it can. */
    public static String titleProblem(String title) {
        String text = text(title);
        if (text.isEmpty()) {
            return "Title is required.";
        }
        return text.length() > TITLE_MAX ? tooLong("Title", TITLE_MAX, text)
                : NameRules.invisibleCharacterProblem("Title", text);
    }

    /** Category and sponsor are printed in lists and filters like titles, so they follow the same rules. */
    private static String nameProblem(String field, String value) {
        return text(value).length() > NAME_MAX ? tooLong(field, NAME_MAX, value)
                : NameRules.invisibleCharacterProblem(field, value);
    }

    private static void putIfPresent(Map<InitiativeField, String> problems, InitiativeField field, String problem) {
        if (problem != null) {
            problems.put(field, problem);
        }
    }

    /** The draft for input that {@link #check} found no problem with. */
    public static InitiativeDraft toDraft(Input input) {
        Map<InitiativeField, String> problems = check(input);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.values().iterator().next());
        }
        return new InitiativeDraft(input.title(), input.description(), input.category(), input.sponsor(),
                parseCost(input.cost()), ComplianceTags.parse(input.tags()));
    }

    /** The draft for the input, or null when it has a problem. */
    public static InitiativeDraft toDraftOrNull(Input input) {
        return check(input).isEmpty() ? toDraft(input) : null;
    }

    /** Why the text is not an acceptable cost, or null when it is (blank means "not estimated"). */
    public static String costProblem(String text) {
        String cleaned = cleanCost(text);
        if (cleaned.isEmpty()) {
            return null;
        }
        BigDecimal cost;
        try {
            cost = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            return "Estimated cost must be a number, such as 250000 or 1,250,000.50.";
        }
        if (cost.signum() < 0) {
            return "Estimated cost cannot be negative.";
        }
        if (cost.stripTrailingZeros().scale() > 2) {
            return "Estimated cost can have at most two decimals.";
        }
        if (cost.compareTo(COST_MAX) > 0) {
            return "Estimated cost is too large.";
        }
        return null;
    }

    /** The cost the text stands for, or null when blank. Call only for text without a {@link #costProblem}. */
    public static BigDecimal parseCost(String text) {
        String cleaned = cleanCost(text);
        if (cleaned.isEmpty()) {
            return null;
        }
        BigDecimal cost = new BigDecimal(cleaned);
        return cost.scale() < 0 ? cost.setScale(0) : cost;
    }

    /** Accepts what people paste from spreadsheets: a currency sign, spaces and thousands commas. */
    private static String cleanCost(String text) {
        String cleaned = CURRENCY.matcher(COST_SPACES.matcher(text(text)).replaceAll("")).replaceFirst("");
        if (GROUPED.matcher(cleaned).matches()) {
            cleaned = cleaned.replace(",", "");
        }
        return cleaned;
    }

    private static String tooLong(String field, int max, String value) {
        return field + " is " + value.strip().length() + " characters long; the limit is " + max + ".";
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
