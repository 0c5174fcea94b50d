package dev.errdex.catalog;

import java.util.List;

/**
 * How to fix an error: a one-paragraph summary, the usual causes, and the resolution steps, in Markdown.
 *
 * @param summary  what the error means, one paragraph of Markdown
 * @param causes   the usual causes, each one Markdown line
 * @param steps    resolution steps in order, each one Markdown line (commands in backticks)
 */
public record FixGuide(String summary, List<String> causes, List<String> steps) {

    public FixGuide {
        summary = summary == null ? "" : summary;
        causes = causes == null ? List.of() : List.copyOf(causes);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** The whole guide as one Markdown document (summary, "Causes", "How to fix"). */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder(summary.strip());
        if (!causes.isEmpty()) {
            md.append("\n\n### Causes\n\n");
            causes.forEach(c -> md.append("- ").append(c.strip()).append('\n'));
        }
        if (!steps.isEmpty()) {
            md.append(causes.isEmpty() ? "\n\n" : "\n").append("### How to fix\n\n");
            for (int i = 0; i < steps.size(); i++) {
                md.append(i + 1).append(". ").append(steps.get(i).strip()).append('\n');
            }
        }
        return md.toString().strip() + "\n";
    }

    /** The guide as plain text: what a ticket note or search index needs. */
    public String toPlainText() {
        return toMarkdown().replaceAll("[`*_#>]", "").replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1");
    }
}
