package dev.errdex.api.web;

import dev.errdex.api.web.internal.SafeMarkdown;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeMarkdownTest {

    @Test
    void escapesHtmlEverywhere() {
        assertThat(SafeMarkdown.inline("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(SafeMarkdown.block("<img src=x onerror=alert(1)>")).doesNotContain("<img");
        assertThat(SafeMarkdown.message("`<b>`")).isEqualTo("<code>&lt;b&gt;</code>");
    }

    @Test
    void rendersCodeBoldAndHttpLinks() {
        assertThat(SafeMarkdown.inline("Run `ngrok http 8080` **now**, see [the docs](https://ngrok.com/docs)."))
                .isEqualTo("Run <code>ngrok http 8080</code> <strong>now</strong>, see"
                        + " <a href=\"https://ngrok.com/docs\" rel=\"nofollow\">the docs</a>.");
    }

    @Test
    void leavesLinksToOtherSchemesAsText() {
        assertThat(SafeMarkdown.inline("[click](javascript:alert(1))")).doesNotContain("<a");
        assertThat(SafeMarkdown.inline("[x](https://e.com\" onclick=\"y)")).doesNotContain("onclick=\"");
    }

    @Test
    void doesNotRenderMarkdownInsideCodeSpans() {
        assertThat(SafeMarkdown.inline("`**a** [b](https://c.d)`")).isEqualTo("<code>**a** [b](https://c.d)</code>");
    }

    @Test
    void marksPlaceholdersOfMessages() {
        assertThat(SafeMarkdown.message("Failed to connect to `ADDR` with ``TLS_VERSION`` and `x > y`."))
                .isEqualTo("Failed to connect to <code class=\"ph\">ADDR</code> with <code class=\"ph\">TLS_VERSION"
                        + "</code> and <code>x &gt; y</code>.");
    }

    @Test
    void rendersParagraphsAndLists() {
        assertThat(SafeMarkdown.block("First line\ncontinued.\n\n- one\n- two\n\n1. a\n2. b"))
                .isEqualTo("<p>First line continued.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
                        + "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n");
    }

    @Test
    void keepsOnlyMarkElementsOfSnippets() {
        assertThat(SafeMarkdown.highlighted("<mark>agent</mark> &lt;b&gt; <img src=x> & more"))
                .isEqualTo("<mark>agent</mark> &lt;b&gt; &lt;img src=x&gt; &amp; more");
    }
}
