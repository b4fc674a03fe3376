package org.coopsuite.infra;

/**
 * A server of the local stack could not start because another process listens on its port.
 */
public class PortInUseException extends RuntimeException {

    private final int port;

    PortInUseException(String server, int port) {
        super(server + " cannot listen on port " + port + ": the port is already in use");
        this.port = port;
    }

    /** The port that was taken. */
    public int port() {
        return port;
    }
}
