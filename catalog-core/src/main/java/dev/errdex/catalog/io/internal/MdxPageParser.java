package dev.errdex.catalog.io.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CodeSpelling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one docs-as-code page (MDX) into a draft entry; see {@link dev.errdex.catalog.io.DocsFolderReader} for the
 * format.
 */
public final class MdxPageParser {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    /** Text that means to be a code: starts with ERR and a separator. */
    private static final Pattern CODE_LIKE = Pattern.compile("(?i)^err[\\s_.\\-].*");
    /** Front matter titles that say nothing more than the number, e.g. "Error 8012". */
    private static final Pattern GENERIC_TITLE = Pattern.compile("(?i)^(error|err)[\\s_.\\-]*(ngrok[\\s_.\\-]*)?\\d+$");
    private static final String MESSAGE_HEADING = "message";
    private static final String FURTHER_HELP = "further help";

    private MdxPageParser() {
    }

    /** The page cannot be imported: where and why. */
    public static final class PageException extends Exception {
        private final int line;
        private final CatalogError error;

        public PageException(int line, CatalogError error, String reason) {
            super(reason);
            this.line = line;
            this.error = error;
        }

        public int line() {
            return line;
        }

        public CatalogError error() {
            return error;
        }
    }

    /** A parsed page: the draft entry (not yet completed by derivation) and the line of its code heading. */
    public record Page(CatalogEntry.Builder draft, int line) {
    }

    private record Heading(int index, int level, String text) {
    }

    /**
     * Parses a page.
     *
     * @param fileName the file's name, used to find or check the code
     * @param text     the page
     */
    public static Page parse(String fileName, String text) throws PageException {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (lines[0].startsWith("\uFEFF")) {
            lines[0] = lines[0].substring(1);
        }
        if (!lines[0].strip().equals("---")) {
            throw new PageException(1, CatalogError.NO_FRONT_MATTER,
                    "the first line is '" + abbreviate(lines[0]) + "', not '---'");
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new PageException(1, CatalogError.FRONT_MATTER_NOT_CLOSED, "the '---' on line 1 is never closed");
        }
        JsonNode frontMatter = frontMatter(lines, close);
        List<Heading> headings = headings(lines, close + 1);

        Heading anchor = null;
        for (Heading h : headings) {
            if (CODE_LIKE.matcher(h.text()).matches() || h.text().equalsIgnoreCase(MESSAGE_HEADING)) {
                anchor = h;
                break;
            }
        }
        if (anchor == null) {
            throw new PageException(Math.min(close + 2, lines.length), CatalogError.NO_CODE_HEADING,
                    "no '## ERR_<NAMESPACE>_<number>' or '## Message' heading in the page");
        }
        int anchorLine = anchor.index() + 1;
        String fileStem = fileName.replaceFirst("(?i)\\.mdx?$", "");
        String title = textField(frontMatter, "title");
        CodeSpelling.CanonicalCode code;
        if (CODE_LIKE.matcher(anchor.text()).matches()) {
            String headingText = anchor.text();
            code = CodeSpelling.parse(headingText).orElseThrow(() -> new PageException(anchorLine,
                    CatalogError.NOT_A_CODE, "the heading '" + abbreviate(headingText) + "' is not an error code"));
        } else {
            code = codeOf(title).or(() -> keywordCode(frontMatter)).or(() -> codeOf(fileStem))
                    .orElseThrow(() -> new PageException(anchorLine, CatalogError.NOT_A_CODE,
                            "the page has a '## Message' heading but its title, keywords and file name name no code"));
        }
        Optional<CodeSpelling.CanonicalCode> fromFile = codeOf(fileStem);
        if (fromFile.isPresent() && !fromFile.get().equals(code)) {
            throw new PageException(anchorLine, CatalogError.CODE_MISMATCH,
                    "the page defines " + code + " but the file is named " + fileName);
        }
        Optional<CodeSpelling.CanonicalCode> fromTitle = codeOf(title);
        if (fromTitle.isPresent() && !fromTitle.get().equals(code)) {
            throw new PageException(keyLine(lines, close, "title"), CatalogError.CODE_MISMATCH,
                    "the page defines " + code + " but its title says " + fromTitle.get());
        }

        int end = lines.length;
        int nextHeading = headings.indexOf(anchor) + 1;
        if (nextHeading < headings.size()) {
            end = headings.get(nextHeading).index();
        }
        String message = paragraphs(lines, anchor.index() + 1, end);
        if (message.isEmpty()) {
            throw new PageException(anchorLine, CatalogError.NO_MESSAGE, "the heading of " + code + " has no message below it");
        }

        CatalogEntry.Builder draft = CatalogEntry.builder(code.value()).message(message);
        if (title != null && !title.isBlank() && fromTitle.isEmpty() && !GENERIC_TITLE.matcher(title.strip()).matches()) {
            draft.title(title.strip());
        }
        try {
            EntryFields.readMetadata(frontMatter, draft);
        } catch (EntryFields.InvalidEntryException e) {
            throw new PageException(keyLine(lines, close, e.field()), CatalogError.FRONT_MATTER_INVALID, e.getMessage());
        }
        if (!frontMatter.has("fixGuide")) {
            draft.fixGuide(GuideSections.toFixGuide(sections(lines, headings, nextHeading)));
        }
        return new Page(draft, anchorLine);
    }

    private static JsonNode frontMatter(String[] lines, int close) throws PageException {
        String yaml = String.join("\n", Arrays.asList(lines).subList(1, close));
        int anchor = YamlAnchors.firstLine(yaml);
        if (anchor > 0) {
            throw new PageException(1 + anchor, CatalogError.YAML_ANCHOR, "an anchor or alias at line " + (1 + anchor));
        }
        JsonNode node;
        try {
            node = CatalogMappers.YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : 1 + Math.max(1, e.getLocation().getLineNr());
            throw new PageException(line, CatalogError.FRONT_MATTER_INVALID, e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            return CatalogMappers.YAML.createObjectNode();
        }
        if (!node.isObject()) {
            throw new PageException(2, CatalogError.FRONT_MATTER_INVALID, "the front matter must be 'key: value' lines");
        }
        return node;
    }

    private static List<Heading> headings(String[] lines, int from) {
        List<Heading> out = new ArrayList<>();
        boolean fenced = false;
        for (int i = from; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).find()) {
                fenced = !fenced;
                continue;
            }
            Matcher m = HEADING.matcher(lines[i]);
            if (!fenced && m.matches()) {
                out.add(new Heading(i, m.group(1).length(), m.group(2).strip()));
            }
        }
        return out;
    }

    /** The guide sections: headings after the message up to "Further help" (which, and all after it, is ignored). */
    private static List<GuideSections.Section> sections(String[] lines, List<Heading> headings, int first) {
        List<GuideSections.Section> out = new ArrayList<>();
        for (int h = first; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            if (heading.text().equalsIgnoreCase(FURTHER_HELP)) {
                break;
            }
            int end = h + 1 < headings.size() ? headings.get(h + 1).index() : lines.length;
            out.add(new GuideSections.Section(heading.level(), heading.text(),
                    Arrays.asList(lines).subList(heading.index() + 1, end)));
        }
        return out;
    }

    /** Lines from..end with trailing blanks stripped, leading/trailing empty lines dropped, blank runs collapsed. */
    private static String paragraphs(String[] lines, int from, int end) {
        StringBuilder out = new StringBuilder();
        boolean pendingBlank = false;
        for (int i = from; i < end; i++) {
            String line = lines[i].stripTrailing();
            if (line.isBlank()) {
                pendingBlank = !out.isEmpty();
                continue;
            }
            if (!out.isEmpty()) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(line);
            pendingBlank = false;
        }
        return out.toString();
    }

    private static Optional<CodeSpelling.CanonicalCode> codeOf(String text) {
        if (text == null || !CODE_LIKE.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        return CodeSpelling.parse(text);
    }

    private static Optional<CodeSpelling.CanonicalCode> keywordCode(JsonNode frontMatter) {
        JsonNode keywords = frontMatter.get("keywords");
        if (keywords != null && keywords.isArray()) {
            for (JsonNode k : keywords) {
                Optional<CodeSpelling.CanonicalCode> code = codeOf(k.asText());
                if (code.isPresent()) {
                    return code;
                }
            }
        }
        return Optional.empty();
    }

    private static String textField(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
    }

    /** The line of a top-level front matter key, or 1 when it is not found. */
    private static int keyLine(String[] lines, int close, String key) {
        if (key != null) {
            for (int i = 1; i < close; i++) {
                if (lines[i].startsWith(key + ":") || lines[i].startsWith(key + " :")) {
                    return i + 1;
                }
            }
        }
        return 1;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
