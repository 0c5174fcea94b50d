package dev.errdex.catalog.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTest {

    @TempDir
    Path tmp;

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aMissingDirectoryAndItsMissingParentsAreCreatedOwnerOnly() throws IOException {
        Path dir = tmp.resolve("var/errdex/data");

        assertThat(DataDirectory.prepare(dir)).as("existed before").isFalse();

        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThat(mode(dir.getParent())).isEqualTo("rwx------");
    }

    @Test
    void filesAndSubdirectoriesBecomeOwnerOnlyAndTheDirectoryItselfIsLeftAlone() throws IOException {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-x---"));
        Path db = Files.createFile(tmp.resolve("errdex.mv.db"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        Path index = Files.createDirectory(tmp.resolve("index"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path segment = Files.createFile(index.resolve("segments_1"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-r--")));

        DataDirectory.restrict(tmp);

        assertThat(mode(db)).isEqualTo("rw-------");
        assertThat(mode(index)).isEqualTo("rwx------");
        assertThat(mode(segment)).isEqualTo("rw-------");
        assertThat(mode(tmp)).isEqualTo("rwxr-x---");
    }

    @Test
    void anExistingDirectoryOpenToOthersIsKeptAndWarnedAboutWithItsCode() throws IOException {
        Path open = Files.createDirectory(tmp.resolve("open"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path closed = Files.createDirectory(tmp.resolve("closed"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        List<String> warnings = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger(DataDirectory.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                warnings.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            assertThat(DataDirectory.prepare(closed)).isTrue();
            assertThat(warnings).isEmpty();

            assertThat(DataDirectory.prepare(open)).isTrue();
        } finally {
            logger.removeHandler(capture);
        }

        assertThat(warnings).singleElement().asString().startsWith("ERR_ERRDEX_1090: ").contains("rwxr-xr-x");
        assertThat(mode(open)).isEqualTo("rwxr-xr-x");
    }
}
