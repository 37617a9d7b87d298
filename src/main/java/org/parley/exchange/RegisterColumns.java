package org.parley.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.domain.AgreementStatement;
import org.parley.domain.ParleyException;

/**
 * Where a register file keeps each signed cell, signature and public key, found from its header as people may
 * have re-saved it: columns in any case, the parties named by whatever prefix their role labels gave at export.
 */
final class RegisterColumns {

    private static final String SPONSOR = "sponsor";
    /** How the statement names the parties' cells: {@code party1_value}, {@code party2_impact}. */
    private static final String[] SEAT_KEYS = {"party1", "party2"};

    private final List<String> parties;
    private final Map<String, Integer> index;
    /** Every column that is empty in a row not agreed: the agreement's, the signing times, signatures and keys. */
    private final List<Integer> agreementColumns = new ArrayList<>();

    private RegisterColumns(List<String> parties, Map<String, Integer> index) {
        this.parties = List.copyOf(parties);
        this.index = index;
        List<String> names = new ArrayList<>(RegisterExporter.AGREEMENT_COLUMNS);
        names.add(RegisterExporter.VERSION);
        for (String party : parties) {
            for (String suffix : List.of(RegisterExporter.SIGNED_AT_SUFFIX, RegisterExporter.SIGNATURE_SUFFIX,
                    RegisterExporter.PUBLIC_KEY_SUFFIX)) {
                names.add(party + suffix);
            }
        }
        for (String name : names) {
            Integer column = index.get(key(name));
            if (column != null) {
                agreementColumns.add(column);
            }
        }
    }

    /** The columns of {@code header}; a ParleyException naming a missing column when it is not a register's. */
    static RegisterColumns of(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(key(header.get(i)), i);
        }
        List<String> missing = AgreementStatement.KEYS.stream()
                .filter(key -> !key.startsWith("party") && !index.containsKey(key)).toList();
        if (!missing.isEmpty()) {
            throw notARegister("it has no " + missing.get(0) + " column" + (missing.size() == 1 ? ""
                    : " (nor " + (missing.size() - 1) + " other register column" + (missing.size() == 2 ? "" : "s")
                    + ")") + ".");
        }
        // The party columns are named after role labels, which the file does not otherwise give: the exporter
        // always writes seat one's three right after sponsor, then seat two's.
        int first = index.get(SPONSOR) + 1;
        List<String> parties = new ArrayList<>(2);
        for (int seat = 0; seat < SEAT_KEYS.length; seat++) {
            parties.add(prefix(header, first + seat * RegisterExporter.PARTY_SUFFIXES.size()));
        }
        if (parties.get(0).equalsIgnoreCase(parties.get(1))) {
            throw notARegister("both parties' columns are named " + parties.get(0) + "_…, so their signatures "
                    + "cannot be told apart.");
        }
        for (String party : parties) {
            for (String suffix : List.of(RegisterExporter.SIGNATURE_SUFFIX, RegisterExporter.PUBLIC_KEY_SUFFIX)) {
                if (!index.containsKey(key(party + suffix))) {
                    throw notARegister("it has no " + party + suffix + " column. A register exported before "
                            + "Parley signed with keys has no signatures to check; export it again.");
                }
            }
        }
        return new RegisterColumns(parties, index);
    }

    /** The parties' column prefixes as the header spells them, seat one first: {@code CISO}, {@code CTO}. */
    List<String> parties() {
        return parties;
    }

    /**
     * True when the row carries anything of an agreement. The exporter leaves all of it empty for a row not
     * agreed, so a signed row whose decision was blanked is still checked rather than passed over.
     */
    boolean claimsAgreement(CsvTable.Row row) {
        for (int i : agreementColumns) {
            if (i < row.cells().size() && !row.cells().get(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The row's cells keyed as {@link AgreementStatement#KEYS}, formula guards already taken off by the reader. */
    Map<String, String> statementCells(CsvTable.Row row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String key : AgreementStatement.KEYS) {
            cells.put(key, cell(row, column(key)));
        }
        return cells;
    }

    String signature(CsvTable.Row row, int seat) {
        return cell(row, parties.get(seat) + RegisterExporter.SIGNATURE_SUFFIX);
    }

    String publicKey(CsvTable.Row row, int seat) {
        return cell(row, parties.get(seat) + RegisterExporter.PUBLIC_KEY_SUFFIX);
    }

    String initiative(CsvTable.Row row) {
        return cell(row, "initiative");
    }

    /** The header's name of a statement key: {@code party1_value} is {@code CISO_value}. */
    private String column(String key) {
        for (int seat = 0; seat < SEAT_KEYS.length; seat++) {
            if (key.startsWith(SEAT_KEYS[seat] + "_")) {
                return parties.get(seat) + key.substring(SEAT_KEYS[seat].length());
            }
        }
        return key;
    }

    /** Empty for a cell the row lacks, so that a short row can still be named and told agreed or not. */
    private String cell(CsvTable.Row row, String column) {
        int i = index.get(key(column));
        return i < row.cells().size() ? row.cells().get(i) : "";
    }

    /** The prefix of the three party columns from {@code at}, e.g. {@code CISO} of CISO_value, … */
    private static String prefix(List<String> header, int at) {
        String prefix = null;
        for (int j = 0; j < RegisterExporter.PARTY_SUFFIXES.size(); j++) {
            String suffix = RegisterExporter.PARTY_SUFFIXES.get(j);
            String name = at + j < header.size() ? header.get(at + j).strip() : "";
            int cut = name.length() - suffix.length();
            String own = cut > 0 && name.regionMatches(true, cut, suffix, 0, suffix.length())
                    ? name.substring(0, cut) : "";
            if (own.isEmpty() || (prefix != null && !own.equalsIgnoreCase(prefix))) {
                throw notARegister("the six columns after sponsor must be the parties' value, likelihood and "
                        + "impact, three each (such as CISO_value, CISO_likelihood, CISO_impact), but column "
                        + (at + j + 1) + " is " + (name.isEmpty() ? "missing or unnamed"
                        : "\u201C" + CsvTable.shortened(name) + "\u201D") + ".");
            }
            prefix = prefix == null ? own : prefix;
        }
        return prefix;
    }

    private static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    private static ParleyException notARegister(String why) {
        return new ParleyException("The file is not a register written by parley export: " + why);
    }
}
