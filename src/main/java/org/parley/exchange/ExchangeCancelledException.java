package org.parley.exchange;

import java.nio.file.Path;
import org.parley.domain.ParleyException;

/** The person cancelled an import or export; nothing was written and nothing is to be applied. */
public class ExchangeCancelledException extends ParleyException {

    public ExchangeCancelledException(String message) {
        super(message);
    }

    static ExchangeCancelledException export(Path target) {
        return new ExchangeCancelledException(
                "The export was cancelled. Nothing was written; " + target.getFileName() + " is as it was.");
    }

    static ExchangeCancelledException importing() {
        return new ExchangeCancelledException("The import was cancelled. Nothing was imported.");
    }
}
