package dev.errdex.api.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A short tag of the page templates and the style sheet, part of every page's entity tag: a release that changes how
 * pages look makes clients fetch them again, while replicas of one release agree. Read once, at first use.
 */
@ApplicationScoped
public class PageFormat {

    /** The files that shape the pages (a new template belongs here). */
    static final List<String> FILES = List.of("templates/layout.html", "templates/codeList.html",
            "templates/searchForm.html", "templates/ErrorPages/code.html", "templates/ErrorPages/index.html",
            "templates/ErrorPages/search.html", "templates/ErrorPages/unknown.html",
            "templates/feedbackForm.html", "META-INF/resources/css/errdex.css", "META-INF/resources/js/copy.js");

    private volatile String tag;

    /** Eight hex digits that change when any of {@link #FILES} changes. */
    public String tag() {
        String t = tag;
        if (t == null) {
            t = compute();
            tag = t;
        }
        return t;
    }

    private static String compute() {
        CRC32 crc = new CRC32();
        ClassLoader loader = PageFormat.class.getClassLoader();
        for (String file : FILES) {
            try (InputStream in = loader.getResourceAsStream(file)) {
                if (in != null) {
                    crc.update(in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            crc.update(0);
        }
        return String.format("%08x", crc.getValue());
    }
}
