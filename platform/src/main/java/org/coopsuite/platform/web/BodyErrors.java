package org.coopsuite.platform.web;

import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The field a body that could not be read names, as a path ({@code consortium[0].organisaton}),
 * and what is wrong with it: unknown (refused, never dropped), of the wrong type, or not one
 * of the values it takes.
 */
final class BodyErrors {

    private BodyErrors() {
    }

    /** The offending field of the body, when Jackson's failure names one. */
    static Optional<ProblemDetailsAdvice.FieldError> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return Optional.of(new ProblemDetailsAdvice.FieldError(path(jackson.getPath()), message(jackson)));
            }
        }
        return Optional.empty();
    }

    private static String message(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field " + unknown.getPropertyName() + ": this endpoint does not take it";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "not a valid " + simpleName(invalid.getTargetType()) + ": " + abbreviated(invalid.getValue());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be a " + simpleName(mismatched.getTargetType());
        }
        return "cannot be read";
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(abbreviated(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String simpleName(Class<?> type) {
        return type.isEnum() ? "value (one of " + List.of(type.getEnumConstants()) + ")" : type.getSimpleName();
    }

    /** A value as the caller sent it, cut short: an answer never echoes a megabyte back. */
    private static String abbreviated(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }
}
