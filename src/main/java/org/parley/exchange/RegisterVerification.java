package org.parley.exchange;

import java.util.List;

/**
 * What {@code verify-register} found in a register file: the keys each party signed with, how many rows claim a
 * signed agreement, and each signature that does not match its row.
 *
 * @param parties    each party's column prefix and the distinct fingerprints of its keys, seat one first
 * @param signedRows the rows that carry an agreement, checked
 * @param failures   in line order; empty when every signature matches its row
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
     * @param party  the party whose signature fails, or null when the row cannot be read as a register row
     * @param reason what is wrong, in words
     */
    public record Failure(long line, String initiative, String party, String reason) {

        /** {@code Line 3 (“Gen-AI assistant”): CISO's signature does not match the row: …}. */
        public String describe() {
            String where = "Line " + line + " (\u201C" + CsvTable.shortened(initiative) + "\u201D): ";
            return party == null ? where + reason : where + party + "'s signature does not match the row: " + reason;
        }
    }
}
