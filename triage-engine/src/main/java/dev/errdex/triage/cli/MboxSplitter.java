package dev.errdex.triage.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Splits an mbox file into messages, streaming (a message is held in memory only up to the size limit).
 *
 * <p>A separator is a line that starts with {@code "From "}, stands at the start of the file or after an empty line,
 * and looks like a postmark (it has a time such as {@code 09:41} or {@code 09:41:03}): {@code From
 * sender@example.com Thu Jan  1 09:41:03 2026}. Other lines starting with "From " stay in the body. The separator
 * line is dropped, and so is the empty line before the next separator; {@code >From } lines (mboxrd quoting) lose
 * one {@code >}.
 */
final class MboxSplitter {

    private static final Pattern POSTMARK = Pattern.compile("^From \\S+ .*\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b.*");
    private static final int PREFIX = 256;

    /** Receives each message. */
    interface Sink {
        /**
         * @param index    1-based position in the file
         * @param bytes    the message, or null when it was larger than the limit
         * @param size     its size in bytes (at least limit + 1 when too large)
         */
        void message(int index, byte[] bytes, long size) throws IOException;
    }

    private MboxSplitter() {
    }

    /** Whether the first line of {@code head} is an mbox postmark. */
    static boolean isMbox(byte[] head) {
        int end = 0;
        while (end < head.length && end < PREFIX && head[end] != '\n') {
            end++;
        }
        return isSeparator(new String(head, 0, end, StandardCharsets.ISO_8859_1));
    }

    static void split(InputStream in, long maxMessageBytes, Sink sink) throws IOException {
        new Splitter(maxMessageBytes, sink).run(in);
    }

    private static boolean isSeparator(String line) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return l.startsWith("From ") && POSTMARK.matcher(l).matches();
    }

    /** Byte-level state machine: one line prefix buffer, one message buffer. */
    private static final class Splitter {
        private final long max;
        private final Sink sink;
        private final ByteArrayOutputStream message = new ByteArrayOutputStream();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private long lineLength;
        private long size;
        private int index;
        private boolean inMessage;
        private boolean previousEmpty = true;
        private byte[] pendingEmptyLine;

        Splitter(long max, Sink sink) {
            this.max = max;
            this.sink = sink;
        }

        void run(InputStream in) throws IOException {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (lineLength < PREFIX) {
                        line.write(b);
                    } else {
                        spill();
                        appendToMessage(b);
                    }
                    lineLength++;
                    if (b == '\n') {
                        endLine();
                    }
                }
            }
            if (lineLength > 0) {
                endLine();
            }
            finishMessage();
        }

        /** The line is longer than the prefix buffer: it cannot be a separator; move the prefix to the message. */
        private void spill() {
            if (line.size() > 0) {
                flushPendingEmptyLine();
                writeLine(line.toByteArray());
                line.reset();
            }
        }

        private void endLine() throws IOException {
            byte[] bytes = line.toByteArray();
            boolean whole = lineLength == bytes.length;
            line.reset();
            String text = whole ? new String(bytes, StandardCharsets.ISO_8859_1) : "";
            String content = text.replaceAll("\r?\n$", "");
            if (whole && previousEmpty && isSeparator(content)) {
                finishMessage();
                inMessage = true;
                index++;
                previousEmpty = false;
                lineLength = 0;
                return;
            }
            boolean empty = whole && content.isEmpty();
            if (whole) {
                flushPendingEmptyLine();
                if (empty) {
                    // held back: if a separator follows, it belongs to the mbox format, not to the message
                    pendingEmptyLine = bytes;
                } else {
                    writeLine(unquoteFrom(bytes));
                }
            }
            previousEmpty = empty;
            lineLength = 0;
        }

        private void flushPendingEmptyLine() {
            if (pendingEmptyLine != null) {
                writeLine(pendingEmptyLine);
                pendingEmptyLine = null;
            }
        }

        private static byte[] unquoteFrom(byte[] bytes) {
            int i = 0;
            while (i < bytes.length && bytes[i] == '>') {
                i++;
            }
            if (i > 0 && i + 5 <= bytes.length
                    && new String(bytes, i, 5, StandardCharsets.ISO_8859_1).equals("From ")) {
                byte[] out = new byte[bytes.length - 1];
                System.arraycopy(bytes, 1, out, 0, out.length);
                return out;
            }
            return bytes;
        }

        private void writeLine(byte[] bytes) {
            if (!inMessage) {
                // text before the first separator: treat the file as one message anyway
                inMessage = true;
                index++;
            }
            for (byte b : bytes) {
                appendToMessage(b);
            }
        }

        private void appendToMessage(byte b) {
            size++;
            if (size <= max) {
                message.write(b);
            }
        }

        private void finishMessage() throws IOException {
            pendingEmptyLine = null;
            if (inMessage) {
                sink.message(index, size <= max ? message.toByteArray() : null, size);
            }
            message.reset();
            size = 0;
            inMessage = false;
        }
    }
}
