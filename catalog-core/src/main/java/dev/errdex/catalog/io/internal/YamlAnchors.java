package dev.errdex.catalog.io.internal;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

import java.io.StringReader;

/**
 * Finds YAML anchors ({@code &name}) and aliases ({@code *name}), which errdex's files never need and which a
 * reader would otherwise take as plain text (an alias read as its own name) or expand (a "billion laughs" document).
 */
public final class YamlAnchors {

    private YamlAnchors() {
    }

    /** The 1-based line of the first anchor or alias in {@code yaml}, or 0 when it has none (or cannot be parsed). */
    public static int firstLine(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        try {
            for (Event event : new Yaml(options).parse(new StringReader(yaml))) {
                if (event instanceof AliasEvent || event instanceof NodeEvent node && node.getAnchor() != null) {
                    return event.getStartMark().getLine() + 1;
                }
            }
        } catch (YAMLException e) {
            return 0; // the syntax error is reported by the reader proper, with its line
        }
        return 0;
    }
}
