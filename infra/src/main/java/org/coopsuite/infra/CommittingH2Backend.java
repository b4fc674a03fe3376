package org.coopsuite.infra;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/**
 * mongo-java-server's H2 backend, committing every change to its file before the command that
 * made it is answered. The plain backend leaves changes to H2's MVStore, which writes them about
 * once a second: a write acknowledged in that second was lost when the process died (kill -9),
 * while the events it caused were already on Kafka. A commit writes the changes to the file
 * (the operating system's cache, which outlives the process); a command that changed nothing
 * (every read) costs one check. The driver sends every command, writes included, as an OP_MSG
 * message, which is what is committed after.
 */
final class CommittingH2Backend extends H2Backend {

    CommittingH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            commitChanges();
        }
    }

    private void commitChanges() {
        if (getMvStore().hasUnsavedChanges()) {
            commit();
        }
    }
}
