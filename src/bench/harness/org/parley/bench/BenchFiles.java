package org.parley.bench;

import java.util.List;
import java.util.Locale;

/** The files and tables {@link Targets} measures on, the same for the same size. */
final class BenchFiles {

    private static final List<String> CATEGORIES = List.of("AI & Data", "Cloud & Infrastructure", "Security",
            "Engineering", "Product", "Workplace");
    private static final List<String> TAGS = List.of("GDPR", "PCI-DSS|SOC 2", "", "HIPAA", "GDPR|SOC 2");

    private BenchFiles() {
    }

    static String title(int i) {
        return String.format(Locale.ROOT, "Initiative %06d", i);
    }

    /** An initiatives file of {@code size} rows in the import format. */
    static String initiatives(int size) {
        StringBuilder csv = new StringBuilder("title,description,category,sponsor,estimated_cost,tags\r\n");
        for (int i = 1; i <= size; i++) {
            csv.append(title(i)).append(",\"Replace passwords, step ").append(i).append("\",")
                    .append(CATEGORIES.get(i % CATEGORIES.size())).append(",Sponsor ").append(i % 97).append(',')
                    .append((i % 1000) * 1000 + 500).append(',').append(TAGS.get(i % TAGS.size())).append("\r\n");
        }
        return csv.toString();
    }

    /** One party's scores of every initiative of {@link #initiatives}, by title, differing by seat. */
    static String scores(int size, int seat) {
        StringBuilder csv = new StringBuilder("initiative,likelihood,impact,value,rationale\r\n");
        for (int i = 1; i <= size; i++) {
            csv.append(title(i)).append(',').append(1 + (i + seat) % 5).append(',').append(1 + (i * 7 + seat) % 5)
                    .append(',').append(1 + (i * 3) % 5).append(",Seen from seat ").append(seat + 1).append("\r\n");
        }
        return csv.toString();
    }

    /** SQL that creates table R: {@code size} rows of 30 columns, numbers and text, like a register's. */
    static String wideTable(int size) {
        StringBuilder sql = new StringBuilder("CREATE TABLE R AS SELECT X AS C1");
        for (int c = 2; c <= 30; c++) {
            sql.append(c % 3 == 0 ? ", X * " + c + " AS C" + c : ", CONCAT('Cell ', X, ' of column " + c + "') AS C" + c);
        }
        return sql.append(" FROM SYSTEM_RANGE(1, ").append(size).append(')').toString();
    }
}
