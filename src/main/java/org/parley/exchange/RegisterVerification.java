package org.parley.exchange;

import java.util.List;

/**
 * What {@code verify-register} found in a register file: the keys each party signed with, how many rows claim a
 * signed agreement, and each signature that does not match its row or other fault of a signed row.
 *
 * @param parties    each party's column prefix and the distinct fingerprints of its keys, seat one first
 * @param signedRows the rows that carry an agreement, checked
 * @param failures   in line order; empty when every signed row verifies
 */
public record RegisterVerification(List<PartyKeys> parties, int signedRows, List<Failure> failures) {

    public RegisterVerification {
        parties = List.copyOf(parties);
        failures = List.copyOf(failures);
    }

    public boolean verified() {
        return failures.isEmpty();
    }

    /** The rows with at least one failure. */
    public long failedRows() {
        return failures.stream().mapToLong(Failure::line).distinct().count();
    }

    /** @param fingerprints of the well-formed public keys in its column, in order of first appearance */
    public record PartyKeys(String party, List<String> fingerprints) {

        public PartyKeys {
            fingerprints = List.copyOf(fingerprints);
        }
    }

    /**
     * One row that does not verify.
     *
     * @param column the header's name of the cell at fault, or null when the fault is not one cell's
     * @param party  the party whose signature fails, or null when the row fails as a whole or for one cell
     * @param reason what is wrong, in words
     */
    public record Failure(long line, String initiative, String column, String party, String reason) {

        /**
         * {@code Line 3 (“Gen-AI assistant”): CISO's signature does not match the row: …}, or for a cell
         * {@code Line 3 (“Gen-AI assistant”), column rationale: …}.
         */
        public String describe() {
            String where = "Line " + line + " (\u201C" + CsvTable.shortened(initiative) + "\u201D)"
                    + (column == null ? "" : ", column " + CsvTable.shortened(column)) + ": ";
            return party == null ? where + reason : where + party + "'s signature does not match the row: " + reason;
        }
    }
}
