package org.coopsuite.funding.agreement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The same request sent by many clients at once: threads that wait for each other, then all send. */
final class AtOnce {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private AtOnce() {
    }

    /** Each answer, in the order the threads were started. */
    static <T> List<T> send(int clients, Callable<T> request) throws Exception {
        CyclicBarrier ready = new CyclicBarrier(clients);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<T>> sent = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                sent.add(threads.submit(() -> {
                    ready.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                    return request.call();
                }));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : sent) {
                answers.add(answer.get(WAIT.toSeconds(), TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
