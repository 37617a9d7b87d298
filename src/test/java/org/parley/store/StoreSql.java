package org.parley.store;

/** Plain SQL on a store from tests in other packages: what someone with the file and an H2 console could run. */
public final class StoreSql {

    private StoreSql() {
    }

    public static void execute(Store store, String statement) {
        store.dsl().execute(statement);
    }
}
