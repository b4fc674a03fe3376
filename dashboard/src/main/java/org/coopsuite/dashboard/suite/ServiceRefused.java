package org.coopsuite.dashboard.suite;

/** A service answered a 4xx: the page says so (a 403 as "not allowed for your role"), never a stack trace. */
public final class ServiceRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Service service;
    private final int status;
    private final String detail;

    ServiceRefused(Service service, int status, String detail) {
        super(service.title() + " answered " + status + ": " + detail);
        this.service = service;
        this.status = status;
        this.detail = detail;
    }

    public Service service() {
        return service;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }
}
