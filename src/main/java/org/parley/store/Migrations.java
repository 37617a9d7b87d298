package org.parley.store;

/**
 * Where Flyway finds a store's scripts: those every database runs, under {@code db/migration}, and the few that
 * differ by database under {@code db/vendor/h2} and {@code db/vendor/postgresql}, each the same step of the one schema
 * in that database's words (decision 0036). The jOOQ classes are generated from the H2 set.
 */
final class Migrations {

    static final String H2 = "h2";
    static final String POSTGRESQL = "postgresql";

    private Migrations() {
    }

    static String[] locations(String vendor) {
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
    }
}
