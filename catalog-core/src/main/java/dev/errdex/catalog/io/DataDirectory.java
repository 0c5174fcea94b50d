package dev.errdex.catalog.io;

import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * errdex's data directory ({@code errdex.data-dir}) and everything in it (the H2 database, the on-disk index,
 * checkpoint files) is owner-only: directories errdex creates are 0700, its files 0600. A directory that already
 * exists is left as it is, with a warning ({@code ERR_ERRDEX_1090}) when other users may read or enter it. On a file
 * system without POSIX permissions nothing is changed.
 */
public final class DataDirectory {

    /** rwx------ */
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    /** rw------- */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final Logger LOG = Logger.getLogger(DataDirectory.class);

    private DataDirectory() {
    }

    /**
     * Creates {@code dir} (and missing parents) owner-only, or, when it exists, logs {@code ERR_ERRDEX_1090} if
     * group or others have any permission on it.
     *
     * @return whether the directory existed before
     * @throws CatalogException {@code ERR_ERRDEX_1091} when it cannot be created
     */
    public static boolean prepare(Path dir) {
        if (Files.isDirectory(dir)) {
            Set<PosixFilePermission> open = openTo(dir);
            if (!open.isEmpty()) {
                LOG.warn(CatalogError.DATA_DIRECTORY_OPEN.code() + ": " + dir.toAbsolutePath() + " is "
                        + PosixFilePermissions.toString(permissions(dir)) + ". "
                        + CatalogError.DATA_DIRECTORY_OPEN.advice());
            }
            return true;
        }
        createDirectories(dir);
        return false;
    }

    /**
     * Creates {@code dir} and its missing parents as 0700 (whatever the process's umask). Existing ones are left as
     * they are.
     *
     * @throws CatalogException {@code ERR_ERRDEX_1091} when it cannot be created
     */
    public static void createDirectories(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        try {
            if (!posix()) {
                Files.createDirectories(absolute);
                return;
            }
            Path parent = absolute.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                createDirectories(parent);
            }
            if (!Files.isDirectory(absolute)) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
                // the umask may have taken bits away from the mode asked for, never added: set it exactly
                Files.setPosixFilePermissions(absolute, DIRECTORY);
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw failure(absolute, e);
        }
    }

    /**
     * Makes every regular file under {@code dir} 0600 and every directory below it 0700 (symbolic links are not
     * followed; {@code dir} itself is left as it is, see {@link #prepare}).
     *
     * @throws CatalogException {@code ERR_ERRDEX_1091} when a mode cannot be set
     */
    public static void restrict(Path dir) {
        if (!posix() || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                if (p.equals(dir) || Files.isSymbolicLink(p)) {
                    continue;
                }
                Set<PosixFilePermission> wanted = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? DIRECTORY : FILE;
                if (!permissions(p).equals(wanted)) {
                    Files.setPosixFilePermissions(p, wanted);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw failure(dir, e);
        }
    }

    /** The permissions group and others have on {@code path} (empty when owner-only or not POSIX). */
    public static Set<PosixFilePermission> openTo(Path path) {
        if (!posix()) {
            return Set.of();
        }
        Set<PosixFilePermission> open = EnumSet.copyOf(permissions(path));
        open.removeAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        return open;
    }

    private static Set<PosixFilePermission> permissions(Path path) {
        try {
            return Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw failure(path, e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static CatalogException failure(Path path, Exception e) {
        return new CatalogException(CatalogError.DATA_DIRECTORY_FAILED, path + ": " + e.getMessage(), e);
    }
}
