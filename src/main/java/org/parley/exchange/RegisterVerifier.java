package org.parley.exchange;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.domain.AgreementStatement;
import org.parley.domain.ParleyException;
import org.parley.domain.Signatures;

/**
 * Checks a register file on its own, without a store: each row that carries an agreement is rebuilt into the
 * {@link AgreementStatement} both parties signed, and each party's signature in the row is checked against it
 * with the public key beside it. The keys' fingerprints are reported, for people to compare with the ones
 * Parley shows: whoever can edit the file could re-sign it with a key of their own.
 */
public final class RegisterVerifier {

    /** An Ed25519 signature is 64 bytes (RFC 8032). */
    private static final int SIGNATURE_BYTES = 64;

    private RegisterVerifier() {
    }

    /** Reads a UTF-8 register file, with or without a BOM, comma or semicolon separated. */
    public static RegisterVerification verify(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return verify(reader);
        }
    }

    /**
     * Reads the reader to its end and closes it.
     *
     * @throws ParleyException when the file is not a register, naming the column it misses
     */
    public static RegisterVerification verify(Reader reader) throws IOException {
        CsvTable table = CsvTableReader.read(reader, ExchangeProgress.NONE);
        if (table.isEmpty()) {
            throw new ParleyException("The file is empty: a register written by parley export has a header and a "
                    + "row per initiative.");
        }
        RegisterColumns columns = RegisterColumns.of(table.header().cells());
        List<Set<String>> fingerprints = List.of(new LinkedHashSet<>(), new LinkedHashSet<>());
        List<RegisterVerification.Failure> failures = new ArrayList<>();
        int signed = 0;
        for (CsvTable.Row row : table.rows()) {
            if (!columns.claimsAgreement(row)) {
                continue; // a row not agreed (export --all): nothing was signed
            }
            signed++;
            String initiative = columns.initiative(row);
            String cellCount = table.cellCountProblem(row);
            if (cellCount != null) {
                failures.add(new RegisterVerification.Failure(row.line(), initiative, null, cellCount));
                continue;
            }
            String sha256 = AgreementStatement.fromCells(columns.statementCells(row)).sha256();
            for (int seat = 0; seat < 2; seat++) {
                String party = columns.parties().get(seat);
                String publicKey = columns.publicKey(row, seat);
                String problem = problem(party, sha256, columns.signature(row, seat), publicKey);
                if (problem != null) {
                    failures.add(new RegisterVerification.Failure(row.line(), initiative, party, problem));
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

    /** Why the party's signature does not verify the row, or null when it does. */
    private static String problem(String party, String sha256, String signature, String publicKey) {
        if (signature.isEmpty()) {
            return party + RegisterExporter.SIGNATURE_SUFFIX + " is empty. An agreement signed before Parley had "
                    + "signing keys has no signature to check; run parley verify on the store instead.";
        }
        if (publicKey.isEmpty()) {
            return party + RegisterExporter.PUBLIC_KEY_SUFFIX + " is empty.";
        }
        try {
            Signatures.fingerprint(publicKey);
        } catch (IllegalArgumentException e) {
            return party + RegisterExporter.PUBLIC_KEY_SUFFIX + " is not an Ed25519 public key (base64 of 32 bytes).";
        }
        if (decodedLength(signature) != SIGNATURE_BYTES) {
            return party + RegisterExporter.SIGNATURE_SUFFIX + " is not an Ed25519 signature (base64 of "
                    + SIGNATURE_BYTES + " bytes).";
        }
        if (!Signatures.verify(publicKey, sha256, signature)) {
            return "a cell differs from what was signed, or the signature or the key is not this row's.";
        }
        return null;
    }

    private static int decodedLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
