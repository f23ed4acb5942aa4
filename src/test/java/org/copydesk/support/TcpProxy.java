package org.copydesk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of the test server, so a test can take the server away (every connection
 * cut, new ones refused) and bring it back on the same port, as a network or a server restart does.
 */
public final class TcpProxy implements AutoCloseable {

    private final int target;
    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private boolean down;
    private boolean closed;

    public TcpProxy(int target) throws IOException {
        this.target = target;
        // the port stays bound while the server is "away": a freed port could be taken by another
        // socket, or a reconnect could meet itself on it, and the server would seem to be back
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "test-proxy");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Accepts connections again. */
    public synchronized void up() {
        down = false;
    }

    /** Cuts every connection and refuses new ones. */
    public synchronized void down() throws IOException {
        down = true;
        cutAll();
    }

    private void cutAll() throws IOException {
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    private void accept() {
        while (true) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return;
            }
            try {
                if (!admit(client)) {
                    client.close();
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                if (!admit(upstream)) {
                    client.close();
                    upstream.close();
                    continue;
                }
                pipe(client, upstream);
                pipe(upstream, client);
            } catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    /** Counts a socket among the open ones unless the server is away (checked and added at once). */
    private synchronized boolean admit(Socket s) {
        if (down || closed) {
            return false;
        }
        open.add(s);
        return true;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // cut
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException e) {
                    // already closed
                }
            }
        }, "test-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        server.close();
        cutAll();
    }
}
