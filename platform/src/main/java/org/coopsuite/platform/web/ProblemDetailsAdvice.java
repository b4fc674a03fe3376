package org.coopsuite.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.domain.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem details: 400 with one entry per offending field, 403, 404, 409
 * for an illegal transition (naming the current state) or a stale version, 503 with
 * {@code Retry-After} when the service's database does not answer, and 500 for anything else,
 * with an id that names its log line and no detail of the failure. Spring MVC's own errors
 * (malformed JSON, wrong method, ...) come out in the same form.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final URI INVALID = URI.create("urn:coop:problem:invalid-request");
    static final URI ILLEGAL_TRANSITION = URI.create("urn:coop:problem:illegal-transition");
    static final URI STALE_VERSION = URI.create("urn:coop:problem:stale-version");
    static final URI PRECONDITION_REQUIRED = URI.create("urn:coop:problem:precondition-required");
    static final URI FORBIDDEN = URI.create("urn:coop:problem:forbidden");
    static final URI NOT_FOUND = URI.create("urn:coop:problem:not-found");
    static final URI UNAVAILABLE = URI.create("urn:coop:problem:unavailable");
    static final URI INTERNAL = URI.create("urn:coop:problem:internal-error");
    /** Seconds a client should wait before retrying after a 503. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** A field that failed a check, and why. */
    public record FieldError(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    /** Unreadable JSON is a 400, unless it was cut off for being too large: then a 413. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimitFilter.BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(HttpStatus.CONTENT_TOO_LARGE,
                        URI.create(ProblemJson.BODY_TOO_LARGE), "Body too large", tooLarge.getMessage()));
            }
        }
        return BodyErrors.of(e).map(error -> ResponseEntity.badRequest().<Object>body(invalid(List.of(error))))
                .orElseGet(() -> ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, INVALID,
                        "Unreadable request body", "The body is not the JSON this endpoint takes: "
                                + e.getMostSpecificCause().getMessage())));
    }

    /** A whole-content update without If-Match: 428, naming the header. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_REQUIRED, PRECONDITION_REQUIRED, "If-Match required",
                e.getMessage());
        problem.setProperty("errors", List.of(new FieldError("If-Match", "required: the version this update replaces")));
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidCommand(InvalidCommandException e) {
        List<FieldError> errors = e.fieldErrors().entrySet().stream()
                .map(error -> new FieldError(error.getKey(), error.getValue())).toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> illegalTransition(IllegalTransitionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, ILLEGAL_TRANSITION, "Illegal transition", e.getMessage());
        problem.setProperty("currentState", e.currentState());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> staleVersion(StaleVersionException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, STALE_VERSION, "Stale version", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problem(HttpStatus.FORBIDDEN, FORBIDDEN, "Forbidden", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", e.getMessage()));
    }

    /** MongoDB unreachable or too slow: the client may retry; whether a write was stored is unknown. */
    @ExceptionHandler({DataAccessResourceFailureException.class, MongoTimeoutException.class, MongoSocketException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        log.warn("Database unavailable: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE, "Service unavailable",
                        "The service's database did not answer in time; retry after " + RETRY_AFTER_SECONDS
                                + " s. A command may or may not have been stored: read before you repeat a create."));
    }

    /**
     * Anything else: 500 with an id to find the log line by, and nothing of the failure itself.
     * Security's own exceptions go on to Spring Security, which answers 401 and 403.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        String id = UUID.randomUUID().toString();
        log.error("Unexpected error {}", id, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL, "Internal error",
                "An unexpected error; the service logged it as " + id + ".");
        problem.setProperty("errorId", id);
        return ResponseEntity.internalServerError().body(problem);
    }

    private static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID, "Invalid request",
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
