package org.copydesk.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Another site on this machine: a picture at {@code /pic.png}, a web page at {@code /page.html}, nothing else (404). */
public final class PictureServer implements AutoCloseable {

    private final HttpServer server;

    public PictureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/pic.png", TestDesk.png());
        serve("/page.html", "<html>not a picture</html>".getBytes(StandardCharsets.UTF_8));
        server.start();
    }

    private void serve(String path, byte[] body) {
        server.createContext(path, x -> {
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
    }

    /** The address of a path on this site. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
