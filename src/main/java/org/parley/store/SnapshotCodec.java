package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.parley.domain.AgreementSnapshot;

/**
 * A frozen agreement's snapshot as the store keeps it: the canonical JSON of {@link AgreementSnapshot#toJson},
 * which the agreement's hash covers, and read back with Jackson.
 */
final class SnapshotCodec {

    /** Made on first use: a command that reads no snapshot does not load Jackson's 370 classes. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    private SnapshotCodec() {
    }

    static String write(AgreementSnapshot snapshot) {
        return snapshot.toJson();
    }

    /** The snapshot the text holds; null for none (a draft); an IllegalArgumentException when it is not one. */
    @SuppressWarnings("unchecked")
    static AgreementSnapshot read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return AgreementSnapshot.fromMap(Json.MAPPER.readValue(text, Map.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("its snapshot is not JSON", e);
        }
    }
}
