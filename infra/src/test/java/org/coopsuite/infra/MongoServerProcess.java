package org.coopsuite.infra;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** The local stack's MongoDB-wire server on a data directory and port, alone in a process of its own, until killed. */
final class MongoServerProcess {

    private MongoServerProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalMongoServer.startWithFile(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("listening");
        new CountDownLatch(1).await();
    }
}
