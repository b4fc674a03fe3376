package org.coopsuite.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The ids a create command gives what it creates. Inside a request with an {@code Idempotency-Key}
 * ({@link IdempotencyFilter}) each one is derived from the key's record (caller, path and key) and
 * the name the command gives the thing it creates, so the same request run again (a retry after
 * its service died between the command's write and the answer's) gets the same ids; the command
 * then looks them up first ({@link #madeBefore}) and answers what the first run stored instead of
 * creating it twice. Outside such a request the ids are random and nothing is looked up.
 */
public final class CommandIds {

    static final String RECORD = CommandIds.class.getName() + ".record";

    private CommandIds() {
    }

    /**
     * The id of what the current command creates.
     *
     * @param what the thing's name in the command ("call", "decision", "mandated-call"): one per
     *             thing a command creates, the same on every run
     */
    public static String of(String what) {
        return record().map(record -> derived(record, what)).orElseGet(() -> UUID.randomUUID().toString());
    }

    /**
     * What an earlier run of the current request stored under an id {@link #of} gave, found by
     * {@code find}; empty, without calling it, outside a request with an {@code Idempotency-Key}
     * (the id is random then, and nothing can hold it).
     */
    public static <T> Optional<T> madeBefore(String id, Function<String, Optional<T>> find) {
        return record().isPresent() ? find.apply(id) : Optional.empty();
    }

    /** The id named {@code what} in the request whose idempotency record is {@code record}. */
    static String derived(String record, String what) {
        return UUID.nameUUIDFromBytes(("idempotency:" + record + ":" + what).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Optional<String> record() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? Optional.empty()
                : Optional.ofNullable((String) request.getAttribute(RECORD, RequestAttributes.SCOPE_REQUEST));
    }
}
