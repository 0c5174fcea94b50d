package dev.errdex.catalog.io.internal;

import dev.errdex.catalog.FixGuide;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the guide sections of a docs page (the headings between the message and "Further help") into a
 * {@link FixGuide}.
 *
 * <p>A section is about causes when its heading says so ("Causes", "Why am I seeing..."), about resolution when it
 * speaks of solutions, fixes, troubleshooting or steps, and otherwise part of the summary; a sub-section without such
 * words inherits its parent's kind. In a causes or steps section every list item and paragraph becomes one cause or
 * step (nested items are appended to their parent item). Inline markers {@code **Cause:**} and
 * {@code **Resolution:**} are honoured anywhere. MDX component tags ({@code <Tip>}) are dropped, their text kept.
 */
public final class GuideSections {

    private static final Pattern CAUSES = Pattern.compile("(?i)\\bcauses?\\b|\\bwhy\\b|\\breasons?\\b");
    private static final Pattern STEPS = Pattern.compile(
            "(?i)solution|resolution|resolv|\\bfix|troubleshoot|\\bsteps?\\b|how to|to remove|what to do|prevent|workaround");
    private static final Pattern JSX_TAG_LINE = Pattern.compile("^\\s*</?[A-Za-z][^>]*>\\s*$");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern CAUSE_MARKER = Pattern.compile("^\\*\\*\\s*causes?\\s*:?\\s*\\*\\*\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STEPS_MARKER = Pattern.compile(
            "^\\*\\*\\s*(resolution|solution|fix|how to fix)\\s*:?\\s*\\*\\*\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOLD_ONLY = Pattern.compile("^\\*\\*[^*]+\\*\\*:?$");

    private GuideSections() {
    }

    /** One heading and the lines below it up to the next heading. */
    public record Section(int level, String heading, List<String> lines) {
    }

    private enum Kind { SUMMARY, CAUSES, STEPS }

    private record Block(boolean item, int indent, String text) {
    }

    /** The guide of these sections, or null when they hold no text. */
    public static FixGuide toFixGuide(List<Section> sections) {
        List<String> summary = new ArrayList<>();
        List<String> causes = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        Deque<Section> parents = new ArrayDeque<>();
        Deque<Kind> parentKinds = new ArrayDeque<>();
        for (Section s : sections) {
            while (!parents.isEmpty() && parents.peek().level() >= s.level()) {
                parents.pop();
                parentKinds.pop();
            }
            Kind kind = classify(s.heading(), parentKinds.isEmpty() ? Kind.SUMMARY : parentKinds.peek());
            parents.push(s);
            parentKinds.push(kind);
            collect(kind, blocks(s.lines()), summary, causes, steps);
        }
        if (summary.isEmpty() && causes.isEmpty() && steps.isEmpty()) {
            return null;
        }
        return new FixGuide(String.join("\n\n", summary), causes, steps);
    }

    private static Kind classify(String heading, Kind inherited) {
        if (CAUSES.matcher(heading).find()) {
            return Kind.CAUSES;
        }
        if (STEPS.matcher(heading).find()) {
            return Kind.STEPS;
        }
        return inherited;
    }

    private static void collect(Kind kind, List<Block> blocks, List<String> summary, List<String> causes,
                                List<String> steps) {
        Kind mode = kind;
        int baseIndent = -1;
        List<String> target = null;
        StringBuilder summaryList = new StringBuilder();
        for (Block b : blocks) {
            Matcher cause = CAUSE_MARKER.matcher(b.text());
            Matcher fix = STEPS_MARKER.matcher(b.text());
            if (cause.matches()) {
                addIfText(causes, cause.group(1));
                baseIndent = -1;
                continue;
            }
            if (fix.matches()) {
                mode = Kind.STEPS;
                addIfText(steps, fix.group(2));
                baseIndent = -1;
                continue;
            }
            if (b.item() && BOLD_ONLY.matcher(b.text()).matches() && mode != Kind.SUMMARY) {
                mode = kind;            // a bold item names a sub-topic; what follows is of the section's kind
                baseIndent = -1;
                continue;
            }
            if (mode == Kind.SUMMARY) {
                if (b.item()) {
                    summaryList.append(" ".repeat(Math.max(0, b.indent()))).append("- ").append(b.text()).append('\n');
                } else {
                    flush(summaryList, summary);
                    summary.add(b.text());
                }
                continue;
            }
            flush(summaryList, summary);
            List<String> list = mode == Kind.CAUSES ? causes : steps;
            if (b.item()) {
                if (baseIndent < 0 || b.indent() < baseIndent + 2) {
                    baseIndent = b.indent();
                    list.add(b.text());
                    target = list;
                } else if (target != null && !target.isEmpty()) {
                    int last = target.size() - 1;
                    String joined = target.get(last).replaceAll(":$", "");
                    target.set(last, joined + (joined.equals(target.get(last)) ? "; " : ": ") + b.text());
                } else {
                    list.add(b.text());
                }
            } else {
                baseIndent = -1;
                list.add(b.text());
            }
        }
        flush(summaryList, summary);
    }

    private static void flush(StringBuilder list, List<String> summary) {
        if (!list.isEmpty()) {
            summary.add(list.toString().stripTrailing());
            list.setLength(0);
        }
    }

    private static void addIfText(List<String> list, String text) {
        if (text != null && !text.isBlank()) {
            list.add(text.strip());
        }
    }

    /** Paragraphs and list items, with continuation lines joined by a space. */
    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = null;
        boolean item = false;
        int indent = 0;
        boolean afterBlank = false;
        for (String raw : lines) {
            if (JSX_TAG_LINE.matcher(raw).matches()) {
                continue;
            }
            String line = raw.replace('\t', ' ');
            if (line.isBlank()) {
                afterBlank = true;
                continue;
            }
            Matcher m = ITEM.matcher(line);
            int lineIndent = line.length() - line.stripLeading().length();
            boolean isMarker = CAUSE_MARKER.matcher(line.strip()).matches() || STEPS_MARKER.matcher(line.strip()).matches();
            if (m.matches()) {
                add(blocks, text, item, indent);
                text = new StringBuilder(m.group(2).strip());
                item = true;
                indent = m.group(1).length();
            } else if (text != null && !afterBlank && !isMarker) {
                text.append(' ').append(line.strip());
            } else if (text != null && item && afterBlank && lineIndent > indent && !isMarker) {
                text.append(' ').append(line.strip());
            } else {
                add(blocks, text, item, indent);
                text = new StringBuilder(line.strip());
                item = false;
                indent = lineIndent;
            }
            afterBlank = false;
        }
        add(blocks, text, item, indent);
        return blocks;
    }

    private static void add(List<Block> blocks, StringBuilder text, boolean item, int indent) {
        if (text != null && !text.isEmpty()) {
            blocks.add(new Block(item, indent, text.toString()));
        }
    }
}
