package dev.errdex.triage.mail.internal;

import dev.errdex.triage.TriageErrorCode;
import dev.errdex.triage.mail.Address;
import dev.errdex.triage.mail.Attachment;
import dev.errdex.triage.mail.MailLimits;
import dev.errdex.triage.mail.MailRejectedException;
import dev.errdex.triage.mail.ReadableEmail;
import dev.errdex.triage.mail.TextPart;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.field.ContentDispositionField;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.parser.ContentHandler;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Receives mime4j's parse events and builds a {@link ReadableEmail}, enforcing the limits the parser does not
 * (nesting depth, part count, attachment count, decoded text size) as it goes. Text is read from decoded part streams
 * with a hard bound; parts that are not read are skipped by the parser without being buffered.
 */
public final class ReadingHandler implements ContentHandler {

    private static final Set<String> TEXT_EXTENSIONS = Set.of("log", "txt", "text", "json", "ndjson", "yaml", "yml",
            "csv", "tsv", "md", "out", "err", "conf", "cfg", "ini", "toml", "xml", "har", "html", "htm");
    private static final Set<String> COMPRESSED_EXTENSIONS = Set.of("gz", "gzip", "tgz", "zip", "bz2", "xz", "7z",
            "rar", "zst", "z", "tar");
    private static final Set<String> TEXT_APPLICATION_TYPES = Set.of("application/json", "application/x-ndjson",
            "application/yaml", "application/x-yaml", "application/xml", "application/x-har+json");
    private static final Set<String> DECODED_ENCODINGS = Set.of("7bit", "8bit", "binary", "quoted-printable",
            "base64");
    private static final int MAX_PREAMBLE_BYTES = 64 * 1024;
    private static final int MAX_LISTED = 500;

    private final MailLimits limits;
    private final Deque<Node> stack = new ArrayDeque<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int depth;
    private int parts;
    private long textBytes;
    private MessageNode top;
    private List<Draft> result;

    public ReadingHandler(MailLimits limits) {
        this.limits = limits;
    }

    /** The email read; call after the parser returned. */
    public ReadableEmail email() {
        MessageNode m = top != null ? top : new MessageNode(new Scope(""));
        List<TextPart> textParts = new ArrayList<>();
        for (Draft d : result != null ? result : m.out) {
            textParts.add(d.part());
        }
        return new ReadableEmail(m.messageId, m.from.isEmpty() ? null : m.from.get(0), m.to, m.cc, m.subject,
                m.date, m.inReplyTo, m.references, textParts, attachments, notes);
    }

    // ---- structure events ------------------------------------------------------------------------------------

    @Override
    public void startMessage() {
        if (stack.isEmpty()) {
            top = new MessageNode(new Scope(""));
            stack.push(top);
            return;
        }
        enter("attached message");
        countPart();
        Scope parent = scope();
        parent.forwarded++;
        stack.push(new MessageNode(new Scope(parent.prefix + "forwarded[" + parent.forwarded + "]/")));
    }

    @Override
    public void endMessage() {
        MessageNode m = (MessageNode) stack.pop();
        List<Draft> finished = finish(m);
        if (stack.isEmpty()) {
            result = finished;
        } else {
            depth--;
            ((Entity) stack.peek()).out.addAll(finished);
        }
    }

    @Override
    public void startBodyPart() {
        countPart();
        stack.push(new PartNode());
    }

    @Override
    public void endBodyPart() {
        PartNode p = (PartNode) stack.pop();
        ((MultipartNode) stack.peek()).children.add(p.out);
    }

    @Override
    public void startMultipart(BodyDescriptor bd) {
        enter("multipart");
        stack.push(new MultipartNode(lower(bd.getSubType())));
    }

    @Override
    public void endMultipart() {
        MultipartNode mp = (MultipartNode) stack.pop();
        depth--;
        Entity owner = (Entity) stack.peek();
        owner.out.addAll(mp.chosen(this::readTextFallback));
    }

    @Override
    public void preamble(InputStream is) throws IOException {
        if (stack.peek() instanceof MultipartNode mp) {
            byte[] bytes = is.readNBytes(MAX_PREAMBLE_BYTES);
            mp.preamble = bytes;
        }
    }

    @Override
    public void epilogue(InputStream is) {
        // not read: after the last boundary only junk and mailing-list footers live
    }

    @Override
    public void raw(InputStream is) {
        // raw mode is not used
    }

    // ---- headers ---------------------------------------------------------------------------------------------

    @Override
    public void startHeader() {
        // fields arrive one by one
    }

    @Override
    public void field(Field field) throws MimeException {
        Entity e = (Entity) stack.peek();
        String name = field.getNameLowerCase();
        switch (name) {
            case "content-type" -> {
                if (parse(field) instanceof ContentTypeField ct) {
                    e.charset = ct.getCharset();
                    String n = ct.getParameter("name");
                    if (n != null && e.fileName.isEmpty()) {
                        e.fileName = cleanFileName(n);
                    }
                }
            }
            case "content-disposition" -> {
                if (parse(field) instanceof ContentDispositionField cd) {
                    e.disposition = lower(cd.getDispositionType());
                    String n = cd.getFilename();
                    if (n != null && !n.isBlank()) {
                        e.fileName = cleanFileName(n);
                    }
                }
            }
            default -> {
                if (e instanceof MessageNode m) {
                    messageField(m, name, field);
                }
            }
        }
    }

    private static void messageField(MessageNode m, String name, Field field) {
        switch (name) {
            case "message-id" -> m.messageId = HeaderValues.messageId(HeaderValues.body(field));
            case "from" -> m.from = HeaderValues.addresses(HeaderValues.body(field));
            case "to" -> addCapped(m.to, HeaderValues.addresses(HeaderValues.body(field)));
            case "cc" -> addCapped(m.cc, HeaderValues.addresses(HeaderValues.body(field)));
            case "subject" -> m.subject = HeaderValues.decodeWords(HeaderValues.body(field));
            case "date" -> m.date = HeaderValues.date(HeaderValues.body(field));
            case "in-reply-to" -> m.inReplyTo = HeaderValues.messageId(HeaderValues.body(field));
            case "references" -> m.references = capped(HeaderValues.messageIds(HeaderValues.body(field)));
            default -> {
                // other fields do not matter for triage
            }
        }
    }

    /** Keeps at most {@value #MAX_LISTED} addresses or references per header (mailing-list bombs). */
    private static <T> void addCapped(List<T> list, List<T> more) {
        list.addAll(more.subList(0, Math.min(more.size(), Math.max(0, MAX_LISTED - list.size()))));
    }

    private static <T> List<T> capped(List<T> list) {
        return list.size() > MAX_LISTED ? List.copyOf(list.subList(0, MAX_LISTED)) : list;
    }

    @Override
    public void endHeader() {
        if (stack.peek() instanceof MessageNode m && !m.subject.isBlank()) {
            m.out.add(new Draft(Kind.FINAL, TextPart.plain(m.scope.prefix + "subject", m.subject.strip())));
        }
    }

    // ---- leaves ----------------------------------------------------------------------------------------------

    @Override
    public void body(BodyDescriptor bd, InputStream is) throws IOException {
        Entity e = (Entity) stack.peek();
        Scope scope = scope();
        String mime = lower(bd.getMimeType());
        String encoding = lower(bd.getTransferEncoding());
        String ext = extension(e.fileName);
        boolean attachment = "attachment".equals(e.disposition) || !e.fileName.isEmpty();
        boolean html = mime.equals("text/html") || ext.equals("html") || ext.equals("htm");
        boolean textual = mime.startsWith("text/") || TEXT_APPLICATION_TYPES.contains(mime)
                || TEXT_EXTENSIONS.contains(ext);
        String attachmentLabel = scope.prefix + (e.fileName.isEmpty()
                ? "attachment[" + (++scope.unnamedAttachments) + "]"
                : "attachment:" + e.fileName);

        String skip = null;
        if (COMPRESSED_EXTENSIONS.contains(ext) || mime.contains("zip") || mime.contains("compressed")
                || mime.endsWith("/x-tar")) {
            skip = "compressed, not decompressed";
        } else if (!textual) {
            skip = "not text (" + mime + ")";
        } else if (!DECODED_ENCODINGS.contains(encoding)) {
            skip = "transfer encoding " + TextDecoding.clip(encoding) + " is not supported";
        }
        if (attachment || skip != null) {
            if (attachments.size() >= limits.maxAttachments()) {
                throw new MailRejectedException(TriageErrorCode.TOO_MANY_ATTACHMENTS,
                        "more than " + limits.maxAttachments() + " attachments");
            }
            attachments.add(new Attachment(attachmentLabel, e.fileName, mime, skip == null,
                    skip == null ? "" : skip));
        }
        if (skip != null) {
            return;
        }
        String where = attachment ? attachmentLabel : scope.prefix + (html ? "html" : "body");
        String text = TextDecoding.decode(readBounded(is), e.charset, where, notes);
        if (html) {
            if (HtmlText.isTooComplex(text)) {
                notes.add(where + ": more than " + HtmlText.MAX_PARSED_TAGS + " HTML tags; tags stripped, not parsed");
            }
            text = HtmlText.toText(text);
        }
        text = TextDecoding.shapeLines(text, limits.maxTextLineLength(), where, notes);
        if (attachment) {
            e.out.add(new Draft(Kind.FINAL, TextPart.plain(attachmentLabel, text)));
        } else if (html) {
            scope.html++;
            e.out.add(new Draft(Kind.HTML, TextPart.plain(numbered(scope.prefix + "html", scope.html), text)));
        } else {
            scope.plain++;
            e.out.add(new Draft(Kind.BODY, TextPart.plain(numbered(scope.prefix + "body", scope.plain), text)));
        }
    }

    private Draft readTextFallback(byte[] preamble) {
        Scope scope = scope();
        scope.plain++;
        String label = numbered(scope.prefix + "body", scope.plain);
        charge(preamble.length);
        String text = TextDecoding.shapeLines(TextDecoding.decode(preamble, null, label, notes),
                limits.maxTextLineLength(), label, notes);
        notes.add(label + ": multipart without readable parts; its preamble read as text");
        return new Draft(Kind.BODY, TextPart.plain(label, text));
    }

    private byte[] readBounded(InputStream is) throws IOException {
        long room = limits.maxTextBytes() - textBytes;
        byte[] bytes = is.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, room));
        if (is.read() != -1) {
            throw new MailRejectedException(TriageErrorCode.TEXT_TOO_LARGE,
                    "decoded text is over " + limits.maxTextBytes() + " bytes");
        }
        charge(bytes.length);
        return bytes;
    }

    private void charge(int bytes) {
        textBytes += bytes;
        if (textBytes > limits.maxTextBytes()) {
            throw new MailRejectedException(TriageErrorCode.TEXT_TOO_LARGE,
                    "decoded text is over " + limits.maxTextBytes() + " bytes");
        }
    }

    // ---- finishing a message: inline forwards, quotes, signatures ---------------------------------------------

    private List<Draft> finish(MessageNode m) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : m.out) {
            if (d.kind == Kind.FINAL) {
                out.add(d);
            } else {
                splitForwards(d.part().label(), d.part().text(), m.scope, out);
            }
        }
        return out;
    }

    /**
     * Body text up to its first inline forward marker keeps its label; each forward becomes
     * {@code forwarded[n]/body}, a later marker nesting inside the earlier forward (how mail clients forward a
     * forward). At most {@code maxNestingDepth} levels are split; deeper markers stay in the last level's text.
     */
    private void splitForwards(String label, String text, Scope scope, List<Draft> out) {
        List<Integer> markers = InlineForwards.markerOffsets(text, limits.maxNestingDepth());
        int end = markers.isEmpty() ? text.length() : markers.get(0);
        String head = text.substring(0, end);
        if (!head.isBlank()) {
            out.add(new Draft(Kind.FINAL, ReplyMarks.mark(label, head.strip())));
        }
        Scope current = scope;
        for (int k = 0; k < markers.size(); k++) {
            current.forwarded++;
            current = new Scope(current.prefix + "forwarded[" + current.forwarded + "]/");
            int from = markers.get(k);
            int to = k + 1 < markers.size() ? markers.get(k + 1) : text.length();
            out.add(new Draft(Kind.FINAL, ReplyMarks.mark(current.prefix + "body", text.substring(from, to).strip())));
        }
    }

    // ---- limits ----------------------------------------------------------------------------------------------

    private void enter(String what) {
        depth++;
        if (depth > limits.maxNestingDepth()) {
            throw new MailRejectedException(TriageErrorCode.NESTING_TOO_DEEP,
                    what + " nested deeper than " + limits.maxNestingDepth() + " levels");
        }
    }

    private void countPart() {
        parts++;
        if (parts > limits.maxParts()) {
            throw new MailRejectedException(TriageErrorCode.TOO_MANY_PARTS,
                    "more than " + limits.maxParts() + " MIME parts");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private Scope scope() {
        for (Node n : stack) {
            if (n instanceof MessageNode m) {
                return m.scope;
            }
        }
        throw new IllegalStateException("no message open");
    }

    private static ParsedField parse(Field field) throws MimeException {
        if (field instanceof ParsedField p) {
            return p;
        }
        return LenientFieldParser.getParser().parse(field, DecodeMonitor.SILENT);
    }

    private static String numbered(String base, int n) {
        return n == 1 ? base : base + "[" + n + "]";
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String cleanFileName(String raw) {
        String decoded = HeaderValues.decodeWords(raw.strip());
        int slash = Math.max(decoded.lastIndexOf('/'), decoded.lastIndexOf('\\'));
        String name = slash >= 0 ? decoded.substring(slash + 1) : decoded;
        StringBuilder sb = new StringBuilder();
        name.codePoints().filter(c -> c >= 0x20 && c != 0x7f).limit(120).forEach(sb::appendCodePoint);
        return sb.toString().strip();
    }

    // ---- the tree under construction -------------------------------------------------------------------------

    private enum Kind { BODY, HTML, FINAL }

    private record Draft(Kind kind, TextPart part) {
    }

    /** Labels are numbered per message: body, body[2]..., forwarded[1]/... */
    private static final class Scope {
        final String prefix;
        int plain;
        int html;
        int unnamedAttachments;
        int forwarded;

        Scope(String prefix) {
            this.prefix = prefix;
        }
    }

    private interface Node {
    }

    /** A message or body part: has a header and produces drafts. */
    private abstract static class Entity implements Node {
        final List<Draft> out = new ArrayList<>();
        String charset;
        String disposition = "";
        String fileName = "";
    }

    private static final class MessageNode extends Entity {
        final Scope scope;
        String messageId;
        List<Address> from = List.of();
        final List<Address> to = new ArrayList<>();
        final List<Address> cc = new ArrayList<>();
        String subject = "";
        Instant date;
        String inReplyTo;
        List<String> references = List.of();

        MessageNode(Scope scope) {
            this.scope = scope;
        }
    }

    private static final class PartNode extends Entity {
    }

    private static final class MultipartNode implements Node {
        final String subtype;
        final List<List<Draft>> children = new ArrayList<>();
        byte[] preamble = new byte[0];

        MultipartNode(String subtype) {
            this.subtype = subtype;
        }

        /**
         * multipart/alternative: the text/plain alternative unless it is blank or a stub much shorter than the HTML
         * one; every other multipart: all children in order. A multipart with no readable child falls back to its
         * preamble (broken mail whose boundary never comes).
         */
        List<Draft> chosen(Function<byte[], Draft> preambleReader) {
            List<Draft> all = new ArrayList<>();
            if ("alternative".equals(subtype) && children.size() > 1) {
                List<Draft> plain = firstWith(Kind.BODY);
                List<Draft> html = firstWith(Kind.HTML);
                if (plain != null && html != null) {
                    int p = textLength(plain, Kind.BODY);
                    int h = textLength(html, Kind.HTML);
                    all.addAll(h >= 200 && p * 4 < h ? html : plain);
                } else if (plain != null || html != null) {
                    all.addAll(plain != null ? plain : html);
                } else {
                    children.stream().filter(c -> !c.isEmpty()).findFirst().ifPresent(all::addAll);
                }
            } else {
                children.forEach(all::addAll);
            }
            if (children.isEmpty() && preamble.length > 0 && !new String(preamble, TextDecoding.FALLBACK).isBlank()) {
                all.add(preambleReader.apply(preamble));
            }
            return all;
        }

        private List<Draft> firstWith(Kind kind) {
            for (List<Draft> c : children) {
                if (textLength(c, kind) > 0) {
                    return c;
                }
            }
            return null;
        }

        private static int textLength(List<Draft> drafts, Kind kind) {
            int n = 0;
            for (Draft d : drafts) {
                if (d.kind == kind) {
                    n += d.part().text().strip().length();
                }
            }
            return n;
        }
    }
}
