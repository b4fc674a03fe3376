package org.coopsuite.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port helpers: pick a free port, and fail clearly before a server binds a taken one. */
public final class Ports {

    static final String HOST = "127.0.0.1";

    private Ports() {
    }

    /** The given port, or a free one when it is 0; a taken port fails with a clear message. */
    static int resolve(int port, String server) {
        if (port == 0) {
            return free();
        }
        requireFree(port, server);
        return port;
    }

    // Checked up front because Kafka and Netty report a taken port as a long stack trace,
    // sometimes after half the server has started.
    static void requireFree(int port, String server) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
        } catch (IOException e) {
            throw new PortInUseException(server, port);
        }
    }

    /** A port nothing listens on now, on the loopback address. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
