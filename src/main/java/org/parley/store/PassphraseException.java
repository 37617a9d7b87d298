package org.parley.store;

import java.nio.file.Path;

/** An encrypted store without its passphrase, or with one that does not open it. The file is not touched. */
public final class PassphraseException extends StoreException {

    private final boolean wrong;

    PassphraseException(String message, boolean wrong, Throwable cause) {
        super(message, cause);
        this.wrong = wrong;
    }

    static PassphraseException needed(Path file) {
        return new PassphraseException("The store " + file + " is encrypted: give its passphrase. The window asks "
                + "for it; on the command line type it when asked, or set PARLEY_PASSPHRASE for a script.", false, null);
    }

    static PassphraseException wrong(Path file, Throwable cause) {
        return new PassphraseException("That passphrase does not open the store " + file + ". The store is not "
                + "damaged and has not been changed: check the passphrase (capitals and spaces count) and try again.",
                true, cause);
    }

    /** True when a passphrase was given and did not open the store; false when none was given. */
    public boolean wrongPassphrase() {
        return wrong;
    }
}
