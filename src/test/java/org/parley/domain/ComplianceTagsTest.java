package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceTagsTest {

    @Test
    void knownRegimesGetTheirCanonicalSpelling() {
        assertThat(ComplianceTags.parse("gdpr|pci dss|soc2|Iso27001|hipaa"))
                .containsExactly("GDPR", "HIPAA", "ISO 27001", "PCI-DSS", "SOC 2");
    }

    @Test
    void duplicatesAndBlanksAreDroppedWhateverTheSeparator() {
        assertThat(ComplianceTags.parse(" GDPR , gdpr ;| |Internal policy 7"))
                .containsExactly("GDPR", "Internal policy 7");
    }

    @Test
    void unknownTagsKeepTheirSpellingWithInnerSpacesFolded() {
        assertThat(ComplianceTags.normalise(Arrays.asList("Board   mandate", null, "")))
                .containsExactly("Board mandate");
    }

    @Test
    void nothingParsesToNoTags() {
        assertThat(ComplianceTags.parse(null)).isEmpty();
        assertThat(ComplianceTags.parse("   ")).isEmpty();
    }

    @Test
    void joinUsesTheCsvSeparator() {
        assertThat(ComplianceTags.join(List.of("GDPR", "SOC 2"))).isEqualTo("GDPR|SOC 2");
    }
}
