package org.coopsuite.call.access;

import java.nio.file.Path;

import org.coopsuite.call.CallAccess;
import org.coopsuite.platform.test.ReadmeSection;
import org.junit.jupiter.api.Test;

class AccessMatrixReadmeTest {

    @Test
    void theReadmeShowsTheTableTheCodeHolds() {
        ReadmeSection.assertGenerated(Path.of("README.md"), "access-matrix", CallAccess.MATRIX.markdown());
    }
}
