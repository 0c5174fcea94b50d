package dev.errdex.catalog.text;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownHtmlTest {

    @Test
    void escapesHtmlEverywhere() {
        assertThat(MarkdownHtml.inline("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(MarkdownHtml.block("<img src=x onerror=alert(1)>")).doesNotContain("<img");
        assertThat(MarkdownHtml.block("<style>p{}</style>\n\n<div onclick=\"x()\">a</div>"))
                .doesNotContain("<style").doesNotContain("<div");
        assertThat(MarkdownHtml.message("`<b>`")).isEqualTo("<code>&lt;b&gt;</code>");
        assertThat(HtmlText.escape("<a href='x'>&\"")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
    }

    @Test
    void rendersCodeBoldAndHttpLinks() {
        assertThat(MarkdownHtml.inline("Run `ngrok http 8080` **now**, see [the docs](https://ngrok.com/docs)."))
                .isEqualTo("Run <code>ngrok http 8080</code> <strong>now</strong>, see"
                        + " <a href=\"https://ngrok.com/docs\" rel=\"nofollow\">the docs</a>.");
    }

    @Test
    void leavesLinksToOtherSchemesAndRelativeLinksAsText() {
        assertThat(MarkdownHtml.inline("[click](javascript:alert(1))")).isEqualTo("click");
        assertThat(MarkdownHtml.inline("[click](JavaScript:alert(1)) <javascript:alert(1)>"))
                .doesNotContain("<a").doesNotContain("href");
        assertThat(MarkdownHtml.inline("[x](https://e.com\" onclick=\"y)")).doesNotContain("onclick=\"");
        assertThat(Jsoup.parseBodyFragment(MarkdownHtml.inline("[x](https://e.com\" onclick=\"y)"))
                .select("[onclick]")).isEmpty();
        assertThat(MarkdownHtml.inline("see [the guide](../guide.md) and [mail](mailto:a@b.c)"))
                .isEqualTo("see the guide and mail");
        assertThat(MarkdownHtml.block("![tracker](https://e.com/t.png)")).isEqualTo("<p>tracker</p>\n");
    }

    @Test
    void doesNotRenderMarkdownInsideCodeSpans() {
        assertThat(MarkdownHtml.inline("`**a** [b](https://c.d)`")).isEqualTo("<code>**a** [b](https://c.d)</code>");
    }

    @Test
    void marksPlaceholdersOfMessagesAndNothingElse() {
        assertThat(MarkdownHtml.message("Failed to connect to `ADDR` with ``TLS_VERSION`` and `x > y`."))
                .isEqualTo("Failed to connect to <code class=\"ph\">ADDR</code> with <code class=\"ph\">TLS_VERSION"
                        + "</code> and <code>x &gt; y</code>.");
        assertThat(MarkdownHtml.message("**not bold** *.example.com [x](https://e.com) &amp; # 1. <b>"))
                .isEqualTo("**not bold** *.example.com [x](https://e.com) &amp;amp; # 1. &lt;b&gt;");
    }

    @Test
    void rendersParagraphsAndLists() {
        assertThat(MarkdownHtml.block("First line\ncontinued.\n\n- one\n- two\n\n1. a\n2. b"))
                .isEqualTo("<p>First line continued.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
                        + "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n");
    }

    @Test
    void rendersNoteMarkdownWithEverythingEscaped() {
        String html = MarkdownHtml.block("""
                ## Fix <b>now</b>

                1. Run `ngrok http 80 && echo "<ok>"`.
                2. Read [the docs](https://ngrok.com/docs?a=1&b=2) or [this](javascript:alert(1)).

                - **bold** item
                <script>alert('x')</script>
                ```
                <pre> inside a fence
                ```
                """);

        assertThat(html).contains("<h4>Fix &lt;b&gt;now&lt;/b&gt;</h4>")
                .contains("<ol>\n<li>Run <code>ngrok http 80 &amp;&amp; echo &quot;&lt;ok&gt;&quot;</code>.</li>")
                .contains("<a href=\"https://ngrok.com/docs?a=1&amp;b=2\" rel=\"nofollow\">the docs</a> or this.")
                .contains("<ul>\n<li><strong>bold</strong> item</li>\n</ul>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("<pre><code>&lt;pre&gt; inside a fence\n</code></pre>")
                .doesNotContain("<script>").doesNotContain("javascript");
    }

    @Test
    void keepsOnlyMarkElementsOfSnippets() {
        assertThat(HtmlText.marked("<mark>agent</mark> &lt;b&gt; <img src=x> & more"))
                .isEqualTo("<mark>agent</mark> &lt;b&gt; &lt;img src=x&gt; &amp; more");
    }
}
