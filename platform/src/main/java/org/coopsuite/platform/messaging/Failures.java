package org.coopsuite.platform.messaging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.domain.StaleVersionException;
import org.coopsuite.platform.projection.DivergentEventException;
import org.coopsuite.platform.projection.ProjectionConflictException;
import org.coopsuite.platform.reference.UnknownReferenceException;
import org.coopsuite.schemas.codec.EventDecodingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells a failure of the infrastructure from a failure of the event itself. A transient one
 * (MongoDB unreachable or timing out, a version conflict with another writer) says nothing
 * about the event: it is retried without limit and never parks the event. A deterministic one
 * (the event cannot be decoded, breaks a rule, names an unknown side) fails the same way at
 * every attempt: it parks the event's sequence at once. Anything else is retried a few times
 * ({@code coop.platform.consumer.retries}), then parked: a bug stays a bug.
 */
public final class Failures {

    /** What a failure is, by the exceptions in its chain of causes. */
    public enum Kind { TRANSIENT, DETERMINISTIC, UNKNOWN }

    private static final List<Class<? extends Throwable>> TRANSIENT = List.of(MongoTimeoutException.class,
            MongoSocketException.class, MongoExecutionTimeoutException.class, MongoInterruptedException.class,
            MongoNotPrimaryException.class, MongoNodeIsRecoveringException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class,
            ConcurrencyFailureException.class, StaleVersionException.class, ProjectionConflictException.class);

    private static final List<Class<? extends Throwable>> DETERMINISTIC = List.of(EventDecodingException.class,
            InvalidCommandException.class, IllegalTransitionException.class, ForbiddenException.class,
            UnknownReferenceException.class,
            NotFoundException.class, DivergentEventException.class);

    private static final int STACK_LINES = 8;

    private Failures() {
    }

    /** The first cause in the chain that is known decides; transient wins when both are there. */
    public static Kind classify(Throwable failure) {
        boolean deterministic = false;
        for (Throwable cause : chain(failure)) {
            if (TRANSIENT.stream().anyMatch(type -> type.isInstance(cause))) {
                return Kind.TRANSIENT;
            }
            deterministic |= DETERMINISTIC.stream().anyMatch(type -> type.isInstance(cause));
        }
        return deterministic ? Kind.DETERMINISTIC : Kind.UNKNOWN;
    }

    public static boolean isTransient(Throwable failure) {
        return classify(failure) == Kind.TRANSIENT;
    }

    /** One readable line: the innermost cause's type and message. */
    public static String reason(Throwable failure) {
        Throwable root = root(failure);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The innermost cause's type, message and first frames, for an operator to see where it came from. */
    public static String stackSummary(Throwable failure) {
        Throwable root = root(failure);
        StringBuilder summary = new StringBuilder(root.toString());
        StackTraceElement[] frames = root.getStackTrace();
        for (int i = 0; i < Math.min(STACK_LINES, frames.length); i++) {
            summary.append("\n\tat ").append(frames[i]);
        }
        if (frames.length > STACK_LINES) {
            summary.append("\n\t... ").append(frames.length - STACK_LINES).append(" more");
        }
        return summary.toString();
    }

    static Throwable root(Throwable failure) {
        List<Throwable> chain = chain(failure);
        return chain.get(chain.size() - 1);
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
