package org.coopsuite.funding;

import java.nio.file.Path;

import org.coopsuite.platform.test.ReadmeSection;
import org.junit.jupiter.api.Test;

class FundingAccessReadmeTest {

    @Test
    void theReadmeShowsTheTableTheCodeHolds() {
        ReadmeSection.assertGenerated(Path.of("README.md"), "access-matrix", FundingAccess.MATRIX.markdown());
    }
}
