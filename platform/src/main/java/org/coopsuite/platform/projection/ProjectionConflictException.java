package org.coopsuite.platform.projection;

/** Another writer changed a view between our read and our write: retry the batch. */
public class ProjectionConflictException extends RuntimeException {

    public ProjectionConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
