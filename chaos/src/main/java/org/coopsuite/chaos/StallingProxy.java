package org.coopsuite.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on the loopback address in front of MongoDB's port: the services connect to it, it
 * connects on to the server, one upstream connection per client connection. While paused it
 * forwards no byte either way (the connections stay open, requests wait), which is how a
 * stalled database looks to its clients; resumed, the bytes flow again. A server that goes away
 * (the stack killed) closes the client's side too, so that the driver reconnects.
 */
final class StallingProxy implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final ServerSocket server;
    private final int upstreamPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Object gate = new Object();
    private volatile boolean paused;
    private volatile boolean closed;

    private StallingProxy(ServerSocket server, int upstreamPort) {
        this.server = server;
        this.upstreamPort = upstreamPort;
    }

    /** Listens on {@code port} of the loopback address and forwards to {@code upstreamPort} there. */
    static StallingProxy start(int port, int upstreamPort) throws IOException {
        ServerSocket server = new ServerSocket(port, 200, InetAddress.getLoopbackAddress());
        StallingProxy proxy = new StallingProxy(server, upstreamPort);
        daemon("mongo-proxy-accept", proxy::accept);
        return proxy;
    }

    int port() {
        return server.getLocalPort();
    }

    /** From now on no byte passes, either way, until {@link #resume()}. */
    void pause() {
        paused = true;
    }

    void resume() {
        synchronized (gate) {
            paused = false;
            gate.notifyAll();
        }
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Socket upstream;
                try {
                    upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                } catch (IOException down) {
                    client.close();
                    continue;
                }
                sockets.add(client);
                sockets.add(upstream);
                daemon("mongo-proxy-up", () -> pump(client, upstream));
                daemon("mongo-proxy-down", () -> pump(upstream, client));
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("chaos: the MongoDB proxy stopped accepting: " + e.getMessage());
                }
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                awaitResumed();
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side went away: close both, below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void awaitResumed() throws InterruptedException {
        synchronized (gate) {
            while (paused) {
                gate.wait();
            }
        }
    }

    private void closeQuietly(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    @Override
    public void close() {
        closed = true;
        resume();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing
        }
        sockets.forEach(this::closeQuietly);
    }
}
