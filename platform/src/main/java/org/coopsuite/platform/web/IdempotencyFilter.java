package org.coopsuite.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Create commands that a client may send again: a {@code POST} with an {@code Idempotency-Key}
 * header runs once per caller, path and key, and a repeat with the same body gets the first
 * answer again ({@code Idempotent-Replayed: true}), so a retry after a lost answer creates nothing
 * twice. The same key with another body is refused with 422; a repeat while the first is still
 * running gets 409 with {@code Retry-After}. Answers of 5xx are not kept: the request may run
 * again. Runs after Spring Security (the caller is known) and after the body size limit.
 *
 * <p>The record, the command's write and the answer are three writes (no transactions on the
 * local stack's server): a service that dies between the command's write and the answer's leaves
 * the record in progress, and a retry after {@link IdempotencyRecords#ABANDONED} runs the request
 * again. That run gets the same ids for what it creates ({@link CommandIds}, derived from the
 * record's id, which the filter hands to the request), finds what the first run stored and
 * answers it: nothing is created twice. A command on an existing aggregate run again is answered
 * as that aggregate's state then says (a submission already made: 409): its effect happened once,
 * but its first answer is not given again. When only the answer's write fails (MongoDB went away
 * after the command's), the answer is still sent, and the key left in progress, as above.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final String KEY_REUSED = "urn:coop:problem:idempotency-key-reused";
    static final String IN_PROGRESS = "urn:coop:problem:request-in-progress";
    private static final int MAX_KEY_LENGTH = 255;
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG,
            HttpHeaders.CONTENT_TYPE);

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyRecords records;

    IdempotencyFilter(IdempotencyRecords records) {
        this.records = records;
    }

    /** The filter, keeping its answers in the service's own database. */
    public static IdempotencyFilter storedIn(MongoTemplate mongo, Clock clock) {
        return new IdempotencyFilter(new IdempotencyRecords(mongo, clock));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            ProblemJson.write(response, HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.INVALID.toString(),
                    "Invalid Idempotency-Key", "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String id = sha256((caller() + "\n" + request.getRequestURI() + "\n" + key).getBytes(StandardCharsets.UTF_8));
        String requestHash = sha256(body);
        Optional<IdempotencyRecords.Entry> earlier = records.find(id);
        if (earlier.isPresent() && !earlier.get().requestHash().equals(requestHash)) {
            ProblemJson.write(response, HttpStatus.UNPROCESSABLE_CONTENT, KEY_REUSED, "Idempotency-Key reused",
                    "This Idempotency-Key was sent before, to this path, with another request body");
            return;
        }
        if (earlier.isPresent() && earlier.get().answered()) {
            replay(earlier.get(), response);
            return;
        }
        boolean mine = earlier.isPresent() ? records.abandoned(earlier.get()) && records.takeOver(id, earlier.get())
                : records.start(id, requestHash);
        if (!mine) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            ProblemJson.write(response, HttpStatus.CONFLICT, IN_PROGRESS, "Request in progress",
                    "A request with this Idempotency-Key is still being answered; retry it shortly");
            return;
        }
        request.setAttribute(CommandIds.RECORD, id);
        run(id, new RepeatableBody(request, body), response, chain);
    }

    private void run(String id, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } catch (IOException | ServletException | RuntimeException e) {
            try {
                records.forget(id);
            } catch (DataAccessException unkept) {
                e.addSuppressed(unkept);
            }
            throw e;
        }
        if (answer.getStatus() >= 500) {
            forgetOrLeave(id);
        } else {
            Map<String, String> headers = new LinkedHashMap<>();
            KEPT_HEADERS.forEach(name -> Optional.ofNullable(answer.getHeader(name)).ifPresent(v -> headers.put(name, v)));
            try {
                records.answer(id, answer.getStatus(), headers, answer.getContentAsByteArray());
            } catch (DataAccessException unkept) {
                // The command's effect is stored: its answer is given, not a 500 that would say it failed.
                // The key stays in progress; a repeat after ABANDONED runs the request again (below).
                log.warn("The answer to {} {} (status {}) could not be kept for its Idempotency-Key: {}", request.getMethod(),
                        request.getRequestURI(), answer.getStatus(), unkept.getMessage());
            }
        }
        answer.copyBodyToResponse();
    }

    private void forgetOrLeave(String id) {
        try {
            records.forget(id);
        } catch (DataAccessException unkept) {
            log.warn("An Idempotency-Key of a failed request could not be forgotten: a repeat runs it again after {}",
                    IdempotencyRecords.ABANDONED, unkept);
        }
    }

    private static void replay(IdempotencyRecords.Entry entry, HttpServletResponse response) throws IOException {
        response.setStatus(entry.status());
        entry.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED_HEADER, "true");
        response.getOutputStream().write(entry.body());
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** The request with its body read once, for the hash, and given again to the controller. */
    private static final class RepeatableBody extends HttpServletRequestWrapper {

        private final byte[] body;

        RepeatableBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }
    }
}
