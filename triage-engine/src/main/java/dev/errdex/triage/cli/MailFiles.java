package dev.errdex.triage.cli;

import dev.errdex.triage.TriageErrorCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The emails named by a command-line PATH: an .eml file, an mbox file (split on "From " postmark lines), or a folder
 * of them ({@code *.eml *.msg *.mbox *.mbx}, sorted by name, not recursive). Used by {@code bin/triage} and by the
 * service's {@code triage --store} command.
 */
public final class MailFiles {

    private static final Pattern MAIL_FILE = Pattern.compile(".*\\.(eml|msg|mbox|mbx)", Pattern.CASE_INSENSITIVE);

    /** Receives each email of a PATH, in order. */
    public interface Visitor {
        /** One email; {@code source} is the file name, with {@code #n} for the n-th message of an mbox. */
        void message(String source, byte[] raw);

        /** An email larger than the limit (not read). */
        void tooLarge(String source, long size);

        /** A file or folder that cannot be read. */
        void unreadable(String source, TriageErrorCode code, String reason);
    }

    private MailFiles() {
    }

    /** Visits every email of {@code arg}; messages over {@code maxMessageBytes} are reported, not read. */
    public static void walk(String arg, long maxMessageBytes, Visitor visitor) {
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(path)) {
                files = list.filter(Files::isRegularFile)
                        .filter(f -> MAIL_FILE.matcher(f.getFileName().toString()).matches())
                        .sorted()
                        .toList();
            } catch (IOException e) {
                visitor.unreadable(arg, TriageErrorCode.SOURCE_UNREADABLE, "cannot list the folder: " + e.getMessage());
                return;
            }
            for (Path f : files) {
                file(f, f.getFileName().toString(), maxMessageBytes, visitor);
            }
        } else {
            file(path, arg, maxMessageBytes, visitor);
        }
    }

    private static void file(Path file, String source, long max, Visitor visitor) {
        try {
            if (!Files.isRegularFile(file)) {
                visitor.unreadable(source, TriageErrorCode.SOURCE_UNREADABLE, "no such file");
                return;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(256);
            }
            String lower = source.toLowerCase(Locale.ROOT);
            if (MboxSplitter.isMbox(head) || lower.endsWith(".mbox") || lower.endsWith(".mbx")) {
                try (InputStream in = Files.newInputStream(file)) {
                    MboxSplitter.split(in, max, (index, bytes, size) -> {
                        String name = source + "#" + index;
                        if (bytes == null) {
                            visitor.tooLarge(name, size);
                        } else {
                            visitor.message(name, bytes);
                        }
                    });
                }
                return;
            }
            long size = Files.size(file);
            if (size > max) {
                visitor.tooLarge(source, size);
                return;
            }
            visitor.message(source, Files.readAllBytes(file));
        } catch (IOException e) {
            visitor.unreadable(source, TriageErrorCode.SOURCE_UNREADABLE, "cannot read the file: " + e.getMessage());
        }
    }
}
