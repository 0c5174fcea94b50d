package dev.errdex.catalog.text;

import dev.errdex.catalog.MessageTemplate;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one safe Markdown to HTML renderer of errdex, for the pages and the email notes: CommonMark (commonmark-java)
 * with raw HTML escaped, then sanitised against a small {@link Safelist}. What it guarantees:
 * <ul>
 *   <li>raw HTML in the Markdown ({@code <script>}, {@code <img onerror=...>}) arrives as text, never as markup;</li>
 *   <li>only {@code http} and {@code https} links become anchors, with {@code rel="nofollow"}; any other link
 *       (relative, {@code javascript:}, {@code mailto:}) and every image is reduced to its text;</li>
 *   <li>headings are shifted two levels down (at most {@code h6}), as they sit below a page's or a note's own;</li>
 *   <li>text and attribute values are escaped by {@link HtmlText#escape}, the same escaper as the rest of the
 *       output.</li>
 * </ul>
 */
public final class MarkdownHtml {

    /** {@code `x`} or {@code ``x``}: a code span of a message template. */
    private static final Pattern CODE_SPAN = Pattern.compile("(`{1,2})([^`]+?)\\1");
    private static final Set<String> VOID_ELEMENTS = Set.of("br", "hr");
    private static final Safelist SAFELIST = Safelist.none()
            .addTags("p", "br", "hr", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h3", "h4", "h5", "h6", "a")
            .addAttributes("a", "href", "rel")
            .addProtocols("a", "href", "http", "https")
            .addAttributes("ol", "start")
            .addAttributes("code", "class");

    private static final Parser BLOCKS = Parser.builder().postProcessor(MarkdownHtml::restrict).build();
    /** Paragraphs only: list markers, {@code #} and fences at the start of a line stay text. */
    private static final Parser INLINE = Parser.builder().enabledBlockTypes(Set.of())
            .postProcessor(MarkdownHtml::restrict).build();
    private static final HtmlRenderer BLOCK_RENDERER = renderer(false, false);
    private static final HtmlRenderer INLINE_RENDERER = renderer(true, false);
    private static final HtmlRenderer MESSAGE_RENDERER = renderer(true, true);

    private MarkdownHtml() {
    }

    /** Markdown as block HTML: paragraphs, lists, headings, quotes, code blocks. */
    public static String block(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return safe(BLOCK_RENDERER.render(BLOCKS.parse(markdown.strip())));
    }

    /** One line of Markdown (a list item, a title) as inline HTML: no surrounding paragraph. */
    public static String inline(String markdown) {
        if (markdown == null) {
            return "";
        }
        return safe(INLINE_RENDERER.render(INLINE.parse(markdown)));
    }

    /**
     * A message template as inline HTML: code spans are the only markup; those holding an upper-case name
     * ({@link MessageTemplate#isPlaceholderName}) are placeholders, {@code <code class="ph">ADDR</code>}.
     */
    public static String message(String template) {
        if (template == null) {
            return "";
        }
        StringBuilder literal = new StringBuilder(template.length() + 16);
        Matcher m = CODE_SPAN.matcher(template);
        int last = 0;
        while (m.find()) {
            escapeMarkdown(template, last, m.start(), literal);
            literal.append(m.group());
            last = m.end();
        }
        escapeMarkdown(template, last, template.length(), literal);
        return safe(MESSAGE_RENDERER.render(INLINE.parse(literal.toString())));
    }

    private static HtmlRenderer renderer(boolean inline, boolean placeholders) {
        return HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak(" ").omitSingleParagraphP(inline)
                .attributeProviderFactory(context -> (AttributeProvider) (node, tag, attributes) -> {
                    if (node instanceof Link) {
                        attributes.put("rel", "nofollow");
                    } else if (placeholders && node instanceof Code code
                            && MessageTemplate.isPlaceholderName(code.getLiteral().strip())) {
                        attributes.put("class", "ph");
                    }
                }).build();
    }

    /** Shifts headings, keeps http(s) links and reduces other links and images to their text. */
    private static Node restrict(Node document) {
        List<Node> unwrap = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 2));
                visitChildren(heading);
            }

            @Override
            public void visit(Link link) {
                String target = link.getDestination().strip().toLowerCase(Locale.ROOT);
                if (!target.startsWith("https://") && !target.startsWith("http://")) {
                    unwrap.add(link);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                unwrap.add(image);
                visitChildren(image);
            }
        });
        for (Node node : unwrap) {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                node.insertBefore(child);
                child = next;
            }
            node.unlink();
        }
        return document;
    }

    /** Backslash-escapes the ASCII punctuation of {@code text[from, to)} so that it stays literal text. */
    private static void escapeMarkdown(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 128 && !Character.isLetterOrDigit(c) && c > ' ' && c != 127) {
                out.append('\\');
            }
            out.append(c);
        }
    }

    /** Keeps what {@link #SAFELIST} allows and writes it with {@link HtmlText#escape}. */
    private static String safe(String html) {
        Element body = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html)).body();
        StringBuilder out = new StringBuilder(html.length() + 16);
        body.childNodes().forEach(n -> write(n, out));
        return out.toString();
    }

    private static void write(org.jsoup.nodes.Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            String s = text.getWholeText();
            HtmlText.escape(s, 0, s.length(), out);
        } else if (node instanceof Element e) {
            out.append('<').append(e.normalName());
            e.attributes().asList().stream().sorted(Comparator.comparing(Attribute::getKey)) // a stable order
                    .forEach(a -> out.append(' ').append(a.getKey()).append("=\"")
                            .append(HtmlText.escape(a.getValue())).append('"'));
            out.append('>');
            if (!VOID_ELEMENTS.contains(e.normalName())) {
                e.childNodes().forEach(c -> write(c, out));
                out.append("</").append(e.normalName()).append('>');
            }
        }
    }
}
