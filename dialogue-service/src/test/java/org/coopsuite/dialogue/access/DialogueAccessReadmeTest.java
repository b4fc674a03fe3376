package org.coopsuite.dialogue.access;

import java.nio.file.Path;

import org.coopsuite.dialogue.DialogueAccess;
import org.coopsuite.platform.test.ReadmeSection;
import org.junit.jupiter.api.Test;

class DialogueAccessReadmeTest {

    @Test
    void theReadmeShowsTheTableTheCodeHolds() {
        ReadmeSection.assertGenerated(Path.of("README.md"), "access-matrix", DialogueAccess.MATRIX.markdown());
    }
}
