package vn.lienthong.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP link between a browser and the application that a test can cut and restore: the network a meeting point
 * hangs on. Cutting it drops every open connection (the server and the browser both see the socket end, as when a
 * commune's line fails) and refuses new ones until it is restored. Bytes pass through unchanged.
 */
public final class NetworkLink implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean down;

    private NetworkLink(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "network-link-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A link to the server of {@code base}. */
    public static NetworkLink to(URL base) {
        try {
            int port = base.getPort() < 0 ? base.getDefaultPort() : base.getPort();
            return new NetworkLink(new InetSocketAddress(base.getHost(), port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code base} reached through this link. */
    public URL url(URL base) {
        try {
            return new URI(base.getProtocol(), null, "127.0.0.1", listener.getLocalPort(), base.getPath(), null, null)
                    .toURL();
        } catch (URISyntaxException | MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Drops every connection through the link and refuses new ones until {@link #restore()}. */
    public void cut() {
        down = true;
        open.forEach(NetworkLink::quietlyClose);
        open.clear();
    }

    public void restore() {
        down = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (down) {
                    quietlyClose(client);
                    continue;
                }
                Socket server = new Socket();
                server.connect(target, 10_000);
                open.add(client);
                open.add(server);
                pipe(client, server);
                pipe(server, client);
            } catch (IOException e) {
                // the listener was closed, or the server refused one connection: the browser sees that one fail
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16_384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // the link was cut or one side closed: both ends go below
            } finally {
                quietlyClose(from);
                quietlyClose(to);
                open.remove(from);
                open.remove(to);
            }
        }, "network-link-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void quietlyClose(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all that was asked
        }
    }

    @Override
    public void close() {
        cut();
        try {
            listener.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
