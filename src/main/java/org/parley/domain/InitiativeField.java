package org.parley.domain;

/** The fields of an initiative, named as the editor and the CSV header name them. */
public enum InitiativeField {
    TITLE("Title", "title"),
    DESCRIPTION("Description", "description"),
    CATEGORY("Category", "category"),
    SPONSOR("Sponsor", "sponsor"),
    ESTIMATED_COST("Estimated cost", "estimated_cost"),
    TAGS("Compliance tags", "tags");

    private final String label;
    private final String column;

    InitiativeField(String label, String column) {
        this.label = label;
        this.column = column;
    }

    public String label() {
        return label;
    }

    public String column() {
        return column;
    }
}
