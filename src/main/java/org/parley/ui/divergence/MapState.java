package org.parley.ui.divergence;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.paint.Color;
import org.parley.domain.DivergenceClass;
import org.parley.domain.Frontier;

/** What the divergence map shows at one moment, read from its properties once per redraw or export. */
record MapState(List<MapItem> items, Frontier frontier1, Frontier frontier2, Frontier agreed, Color colour1,
        Color colour2, String label1, String label2, EnumSet<DivergenceClass> shownClasses, long selectedId) {

    /**
     * The filter rule: an item is shown when its class is in the set. An item with no class yet is shown
     * only while the set holds every class, that is while nothing is filtered out: a filter for, say,
     * appetite gaps should not show initiatives that might turn out to be anything.
     */
    static boolean shows(DivergenceClass divergenceClass, Set<DivergenceClass> shown) {
        if (divergenceClass == null) {
            return shown.size() == DivergenceClass.values().length;
        }
        return shown.contains(divergenceClass);
    }

    boolean shows(MapItem item) {
        return shows(item.divergenceClass(), shownClasses);
    }

    /** The place of the selected item in {@link #items}, or -1. */
    int selectedIndex() {
        if (selectedId < 0) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == selectedId) {
                return i;
            }
        }
        return -1;
    }
}
