package org.parley.exchange;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.domain.AgreementStatement;
import org.parley.domain.ParleyException;
import org.parley.domain.Signatures;

/**
 * Checks a register file on its own, without a store: each row that carries an agreement is rebuilt into the
 * {@link AgreementStatement} both parties signed, and each party's signature in the row is checked against it
 * with the public key beside it. A signature binds its seat as well as the statement
 * ({@link AgreementStatement#signedMessage}), so one moved into the other party's columns does not verify.
 * The keys' fingerprints are reported per seat, for people to compare with the ones Parley shows: whoever can
 * edit the file could re-sign it with keys of their own.
 */
public final class RegisterVerifier {

    /** An Ed25519 signature is 64 bytes (RFC 8032). */
    private static final int SIGNATURE_BYTES = 64;

    private static final String CHANGED = "a cell differs from what was signed, or the signature or the key is not "
            + "this row's.";

    private RegisterVerifier() {
    }

    /** Reads a UTF-8 register file, with or without a BOM, comma or semicolon separated. */
    public static RegisterVerification verify(Path file) throws IOException {
        try (Reader reader = CsvTableReader.open(file)) {
            return verify(reader);
        }
    }

    /**
     * Reads the reader to its end and closes it.
     *
     * @throws ParleyException when the file is not a register, naming the column it misses
     */
    public static RegisterVerification verify(Reader reader) throws IOException {
        CsvTable asWritten = CsvTableReader.read(reader, ExchangeProgress.NONE);
        if (asWritten.isEmpty()) {
            throw new ParleyException("The file is empty: a register written by parley export has a header and a "
                    + "row per initiative.");
        }
        List<CsvTable.Row> written = asWritten.rows();
        CsvTable table = asWritten.guardsRemoved(); // a register is Parley's export: its guards are Parley's
        RegisterColumns columns = RegisterColumns.of(table.header().cells());
        List<Set<String>> fingerprints = List.of(new LinkedHashSet<>(), new LinkedHashSet<>());
        List<RegisterVerification.Failure> failures = new ArrayList<>();
        Map<String, Long> lineOfInitiative = new HashMap<>();
        int signed = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            CsvTable.Row row = table.rows().get(r);
            if (!columns.claimsAgreement(row)) {
                continue; // a row not agreed (export --all): nothing was signed
            }
            signed++;
            String initiative = columns.initiative(row);
            String cellCount = table.cellCountProblem(row);
            if (cellCount != null) {
                failures.add(rowFailure(row, initiative, cellCount));
                continue;
            }
            String id = columns.initiativeId(row);
            Long earlier = lineOfInitiative.putIfAbsent(sameId(id), row.line());
            if (earlier != null) {
                failures.add(rowFailure(row, initiative, "initiative " + id.strip() + " appears twice (also on line "
                        + earlier + "); a register has one row per initiative."));
            }
            refuseUnguarded(columns, written.get(r), initiative, failures);
            if (sameKey(columns.publicKey(row, 0), columns.publicKey(row, 1))) {
                failures.add(rowFailure(row, initiative, "both parties' columns hold the same key: one party cannot "
                        + "sign for both."));
            }
            String sha256 = AgreementStatement.fromCells(columns.statementCells(row)).sha256();
            for (int seat = 0; seat < 2; seat++) {
                String party = columns.parties().get(seat);
                String publicKey = columns.publicKey(row, seat);
                String problem = problem(columns, seat, sha256, columns.signature(row, seat), publicKey);
                if (problem != null) {
                    failures.add(new RegisterVerification.Failure(row.line(), initiative, null, party, problem));
                } else {
                    fingerprints.get(seat).add(Signatures.fingerprint(publicKey));
                }
            }
        }
        List<RegisterVerification.PartyKeys> parties = new ArrayList<>();
        for (int seat = 0; seat < 2; seat++) {
            parties.add(new RegisterVerification.PartyKeys(columns.parties().get(seat),
                    List.copyOf(fingerprints.get(seat))));
        }
        return new RegisterVerification(parties, signed, failures);
    }

    private static RegisterVerification.Failure rowFailure(CsvTable.Row row, String initiative, String reason) {
        return new RegisterVerification.Failure(row.line(), initiative, null, null, reason);
    }

    /** An initiative id as a number when it is one, so that a re-saved {@code 7.0} is still {@code 7}. */
    private static String sameId(String id) {
        try {
            return new BigDecimal(id.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return id.strip();
        }
    }

    /**
     * Names each cell that starts with a formula trigger without the apostrophe the exporter writes before one.
     * Its signature still verifies, the guard being no part of what was signed, but a spreadsheet would run it.
     */
    private static void refuseUnguarded(RegisterColumns columns, CsvTable.Row written, String initiative,
            List<RegisterVerification.Failure> failures) {
        for (int column : columns.textColumns()) {
            String cell = column < written.cells().size() ? written.cells().get(column) : "";
            // A guarded cell starts with the apostrophe; any other that the guard would change starts with a trigger.
            if (!cell.startsWith("'") && !FormulaGuard.neutralise(cell).equals(cell)) {
                failures.add(new RegisterVerification.Failure(written.line(), initiative, columns.name(column), null,
                        "the cell starts with " + trigger(cell.charAt(0)) + " without the apostrophe Parley writes "
                                + "before it: it was edited after export."));
            }
        }
    }

    private static String trigger(char c) {
        return switch (c) {
            case '\t' -> "a tab";
            case '\r' -> "a carriage return";
            case '\n' -> "a line break";
            default -> "'" + c + "'";
        };
    }

    /** True when both are the same well-formed key, however each is spelled in base64. */
    private static boolean sameKey(String first, String second) {
        try {
            return Signatures.fingerprint(first).equals(Signatures.fingerprint(second));
        } catch (IllegalArgumentException e) {
            return false; // a malformed or missing key is named with its party's signature
        }
    }

    /** Why the signature of {@code seat} (0 for seat one) does not verify the row, or null when it does. */
    private static String problem(RegisterColumns columns, int seat, String sha256, String signature,
            String publicKey) {
        if (signature.isEmpty()) {
            return columns.signatureColumn(seat) + " is empty. An agreement signed before Parley had signing keys "
                    + "has no signature to check; run parley verify on the store instead.";
        }
        if (publicKey.isEmpty()) {
            return columns.publicKeyColumn(seat) + " is empty.";
        }
        try {
            Signatures.fingerprint(publicKey);
        } catch (IllegalArgumentException e) {
            return columns.publicKeyColumn(seat) + " is not an Ed25519 public key (base64 of 32 bytes).";
        }
        if (decodedLength(signature) != SIGNATURE_BYTES) {
            return columns.signatureColumn(seat) + " is not an Ed25519 signature (base64 of " + SIGNATURE_BYTES
                    + " bytes).";
        }
        int own = seat + 1;
        if (Signatures.verify(publicKey, AgreementStatement.signedMessage(own, sha256), signature)) {
            return null;
        }
        int other = 2 - seat;
        if (Signatures.verify(publicKey, AgreementStatement.signedMessage(other, sha256), signature)) {
            return "the signature and the key are seat " + other + "'s, the other party's: they were moved here "
                    + "from its columns.";
        }
        return CHANGED;
    }

    private static int decodedLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
