package org.coopsuite.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.domain.StaleVersionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem details: 400 with one entry per offending field, 403, 404, 409
 * for an illegal transition (naming the current state) or a stale version. Spring MVC's own
 * errors (malformed JSON, wrong method, ...) come out in the same form.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final URI INVALID = URI.create("urn:coop:problem:invalid-request");
    static final URI ILLEGAL_TRANSITION = URI.create("urn:coop:problem:illegal-transition");
    static final URI STALE_VERSION = URI.create("urn:coop:problem:stale-version");
    static final URI FORBIDDEN = URI.create("urn:coop:problem:forbidden");
    static final URI NOT_FOUND = URI.create("urn:coop:problem:not-found");

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
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, INVALID, "Unreadable request body",
                "The body is not the JSON this endpoint takes: " + e.getMostSpecificCause().getMessage()));
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
