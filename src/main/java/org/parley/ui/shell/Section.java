package org.parley.ui.shell;

import java.util.Arrays;
import java.util.Optional;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The screens of the navigation, in its order; Ctrl+1 to Ctrl+7 show them. */
public enum Section {
    INITIATIVES("initiatives", "Initiatives", Material2AL.LIST_ALT),
    SCORING("scoring", "Scoring", Material2MZ.RULE),
    DIVERGENCE("divergence", "Divergence", Material2MZ.SCATTER_PLOT),
    NEGOTIATION("negotiation", "Negotiation", Material2MZ.RECORD_VOICE_OVER),
    REGISTER("register", "Risk register", Material2AL.FACT_CHECK),
    AUDIT("audit", "Audit log", Material2AL.HISTORY),
    SETUP("setup", "Workshop setup", Material2MZ.PEOPLE);

    private final String id;
    private final String title;
    private final Ikon icon;

    Section(String id, String title, Ikon icon) {
        this.id = id;
        this.title = title;
        this.icon = icon;
    }

    /** The screen with the given {@link #id()}, as remembered between sessions; empty for none or an unknown one. */
    static Optional<Section> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** The part of the ids of the screen's controls, e.g. "nav-scoring". */
    String id() {
        return id;
    }

    String title() {
        return title;
    }

    Ikon icon() {
        return icon;
    }
}
