package dev.errdex.triage.inbound.imap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback relay in front of a real IMAP server that makes it look like a server without custom keywords: it
 * removes {@code \*} from the PERMANENTFLAGS the server announces and passes every other byte through unchanged.
 * GreenMail always announces {@code \*} and has no setting for it; this is how the keyword-less marking is tested
 * against a real server.
 */
final class KeywordlessImapProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int serverPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<String> rewritten = new CopyOnWriteArrayList<>();

    KeywordlessImapProxy(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "keywordless-imap-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The PERMANENTFLAGS lines as the client received them. */
    List<String> rewrittenLines() {
        return List.copyOf(rewritten);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                sockets.add(client);
                sockets.add(server);
                pump(client.getInputStream(), server.getOutputStream(), false);
                pump(server.getInputStream(), client.getOutputStream(), true);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void pump(InputStream in, OutputStream out, boolean fromServer) {
        Thread t = new Thread(() -> {
            try (in; out) {
                if (!fromServer) {
                    in.transferTo(out);
                    return;
                }
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                int b;
                while ((b = in.read()) != -1) {
                    line.write(b);
                    if (b == '\n') {
                        out.write(rewrite(line.toByteArray()));
                        out.flush();
                        line.reset();
                    }
                }
                out.write(line.toByteArray());
            } catch (IOException e) {
                // one side closed: the other is closed by try-with-resources
            }
        }, fromServer ? "proxy-from-server" : "proxy-to-server");
        t.setDaemon(true);
        t.start();
    }

    private byte[] rewrite(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("* OK [PERMANENTFLAGS")) {
            return raw;
        }
        String changed = text.replace(" \\*", "").replace("\\* ", "").replace("\\*", "");
        rewritten.add(changed.strip());
        return changed.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
