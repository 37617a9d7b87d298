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
 * A column's seat is where it stands, not what it is called: seat one's scores come first after sponsor, and of
 * the two signature (or public-key) columns seat one's comes first, so a renamed header moves no seat.
 */
final class RegisterColumns {

    private static final String SPONSOR = "sponsor";
    /** How the statement names the parties' cells: {@code party1_value}, {@code party2_impact}. */
    private static final String[] SEAT_KEYS = {"party1", "party2"};

    private final List<String> header;
    private final List<String> parties;
    private final Map<String, Integer> index;
    /** Each seat's signature column and public-key column, seat one first: the first of each pair in the header. */
    private final List<Integer> signatureColumns;
    private final List<Integer> publicKeyColumns;
    /** Every column that is empty in a row not agreed: the agreement's, the signing times, signatures and keys. */
    private final List<Integer> agreementColumns = new ArrayList<>();
    /** Every column the exporter writes other than as a number; see {@link #textColumns}. */
    private final List<Integer> textColumns = new ArrayList<>();

    private RegisterColumns(List<String> header, List<String> parties, Map<String, Integer> index) {
        this.header = List.copyOf(header);
        this.parties = List.copyOf(parties);
        this.index = index;
        this.signatureColumns = seated(RegisterExporter.SIGNATURE_SUFFIX);
        this.publicKeyColumns = seated(RegisterExporter.PUBLIC_KEY_SUFFIX);
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
        List<String> texts = new ArrayList<>();
        AgreementStatement.KEYS.stream().filter(key -> !AgreementStatement.NUMBERS.contains(key))
                .forEach(key -> texts.add(column(key)));
        texts.add(RegisterExporter.WORKSHOP);
        for (String party : parties) {
            texts.add(party + RegisterExporter.SIGNED_AT_SUFFIX);
        }
        for (String name : texts) {
            Integer column = index.get(key(name));
            if (column != null) {
                textColumns.add(column);
            }
        }
        textColumns.addAll(signatureColumns);
        textColumns.addAll(publicKeyColumns);
    }

    /** The two parties' columns named {@code suffix}, in header order. */
    private List<Integer> seated(String suffix) {
        return parties.stream().map(party -> index.get(key(party + suffix))).sorted().toList();
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
        return new RegisterColumns(header, parties, index);
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

    /** The signature in the seat's signature column; {@code seat} is 0 for seat one. */
    String signature(CsvTable.Row row, int seat) {
        return cell(row, signatureColumns.get(seat));
    }

    String publicKey(CsvTable.Row row, int seat) {
        return cell(row, publicKeyColumns.get(seat));
    }

    /** The header's name of the seat's signature column, as the file spells it. */
    String signatureColumn(int seat) {
        return name(signatureColumns.get(seat));
    }

    String publicKeyColumn(int seat) {
        return name(publicKeyColumns.get(seat));
    }

    String initiative(CsvTable.Row row) {
        return cell(row, "initiative");
    }

    String initiativeId(CsvTable.Row row) {
        return cell(row, "initiative_id");
    }

    /**
     * The columns the exporter writes as text, guarded against formulas, or as dates, which start with a digit:
     * every register column but the numbers. None of their cells starts with a formula trigger as exported.
     */
    List<Integer> textColumns() {
        return textColumns;
    }

    /** The header's name of a column, as the file spells it. */
    String name(int column) {
        return header.get(column).strip();
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
        return cell(row, index.get(key(column)));
    }

    private static String cell(CsvTable.Row row, int column) {
        return column < row.cells().size() ? row.cells().get(column) : "";
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
