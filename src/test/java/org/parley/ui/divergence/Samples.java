package org.parley.ui.divergence;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parley.domain.DivergenceClass;
import org.parley.domain.Frontier;

/** Items and frontiers like the sample workshop's, for the divergence components' tests. */
final class Samples {

    static final Frontier CISO = Frontier.of(4, 6, 9, 12, 16).withCap(15);
    static final Frontier CTO = Frontier.of(6, 9, 12, 16, 20);
    static final Frontier AGREED = Frontier.midpoint(CISO, CTO);

    private Samples() {
    }

    static List<MapItem> workshop() {
        return List.of(
                item(1, "Generative-AI customer support assistant", 3.5, 16, 4.5, 9),
                item(2, "Move card payments platform to public cloud", 3.25, 15, 4.0, 8),
                item(3, "Open analytics data access", 3.0, 12, 4.25, 6),
                item(4, "Zero-trust network access", 4.25, 4, 3.75, 6),
                item(5, "DevSecOps pipeline", 4.0, 3, 4.5, 2),
                item(6, "AI coding assistants for all engineers", 3.0, 12, 4.75, 6),
                item(7, "Bring your own device for field sales", 2.5, 12, 3.5, 8),
                item(8, "Passwordless customer login with passkeys", 4.0, 4, 4.25, 4),
                item(9, "Partner API marketplace", 3.5, 12, 4.5, 12),
                item(10, "Retire on-premises ERP for a SaaS suite", 3.25, 9, 3.75, 8),
                item(11, "Employee telehealth benefit", 2.0, 6, 2.5, 4),
                item(12, "Real-time fraud scoring with machine learning", 4.5, 8, 4.5, 10),
                item(13, "Cloud security posture management", 3.75, 2, 3.0, 2),
                item(14, "Offline mode for the field service app", 2.25, 10, 3.5, 6));
    }

    static MapItem item(long id, String title, double value1, int risk1, double value2, int risk2) {
        return new MapItem(id, title, value1, risk1, value2, risk2,
                DivergenceClass.of(CISO.verdict(value1, risk1), CISO.verdict(value2, risk2),
                        CTO.verdict(value1, risk1), CTO.verdict(value2, risk2)));
    }

    /** Many items on the coarse scales, seeded, so that thousands share coordinates as real ones would. */
    static List<MapItem> many(int count, long seed) {
        Random random = new Random(seed);
        List<MapItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double value1 = 1 + random.nextInt(17) * 0.25;
            double value2 = Math.min(5, Math.max(1, value1 + (random.nextInt(9) - 4) * 0.25));
            int l1 = 1 + random.nextInt(5);
            int i1 = 1 + random.nextInt(5);
            int l2 = Math.min(5, Math.max(1, l1 + random.nextInt(3) - 1));
            int i2 = Math.min(5, Math.max(1, i1 + random.nextInt(3) - 1));
            items.add(item(1000 + i, "Initiative " + (i + 1), value1, l1 * i1, value2, l2 * i2));
        }
        return items;
    }
}
