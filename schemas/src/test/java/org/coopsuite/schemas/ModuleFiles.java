package org.coopsuite.schemas;

import java.nio.file.Path;

/** Paths inside the schemas module, for tests that check or rewrite checked-in files. */
final class ModuleFiles {

    private ModuleFiles() {
    }

    /** The module directory: Surefire sets {@code basedir}; an IDE usually runs in it. */
    static Path module() {
        return Path.of(System.getProperty("basedir", "."));
    }

    static Path avroSources() {
        return module().resolve("src/main/avro");
    }

    static Path publishedRoot() {
        return module().resolve("src/main/resources").resolve(PublishedSchemas.ROOT.substring(1));
    }

    static Path catalogue() {
        return module().resolve("EVENTS.md");
    }
}
