package org.coopsuite.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The MongoDB pause: through the proxy bytes flow, paused none pass (the connection stays open), resumed they flow again. */
class StallingProxyTest {

    private final ServerSocket echo = echoServer();
    private StallingProxy proxy;

    @AfterEach
    void close() throws IOException {
        proxy.close();
        echo.close();
    }

    @Test
    void forwardsStallsWhilePausedAndFlowsAgainOnceResumed() throws IOException {
        proxy = StallingProxy.start(0, echo.getLocalPort());
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            client.setSoTimeout(2000);
            OutputStream out = client.getOutputStream();
            InputStream in = client.getInputStream();
            out.write('a');
            assertThat(in.read()).isEqualTo('a');

            proxy.pause();
            out.write('b');
            client.setSoTimeout(700);
            assertThatThrownBy(in::read).as("nothing passes while paused").isInstanceOf(SocketTimeoutException.class);

            proxy.resume();
            client.setSoTimeout(2000);
            assertThat(in.read()).as("the stalled byte, once resumed").isEqualTo('b');
        }
    }

    @Test
    void aServerThatIsNotThereClosesTheClientsConnection() throws IOException {
        int nobody = Suite.port();
        proxy = StallingProxy.start(0, nobody);
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            client.setSoTimeout(2000);
            assertThat(client.getInputStream().read()).as("end of stream").isEqualTo(-1);
        }
    }

    private static ServerSocket echoServer() {
        try {
            ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            Thread thread = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        Thread echoing = new Thread(() -> {
                            try (socket) {
                                socket.getInputStream().transferTo(socket.getOutputStream());
                            } catch (IOException closed) {
                                // the test is over
                            }
                        });
                        echoing.setDaemon(true);
                        echoing.start();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
