package dev.errdex.search;

import dev.errdex.catalog.CatalogEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic support texts for calibrating confidence, made from the catalog alone (no dev data): a message template
 * pasted with made-up values, often cut short or with a typo, inside a short email of generic sentences; and texts
 * about no error at all, made of the same generic sentences. Reproducible from a seed.
 */
final class CalibrationSet {

    /** A text and the code whose message it pastes (null for a text about nothing). */
    record Example(String text, String code) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("`([A-Z][A-Z0-9_]*)?`");

    private static final String[] OPENERS = {
        "Hi team,", "Hello,", "Hey there,", "Good morning,", "Hi,", "Dear support,"};
    private static final String[] CONTEXT = {
        "We started seeing this yesterday after a deploy.",
        "This happens every time I run the command from our build server.",
        "Our staging setup worked fine until this week.",
        "I'm not sure whether this is on our side or yours.",
        "Could you tell me what I'm doing wrong here?",
        "It is blocking a demo for a customer tomorrow.",
        "I searched the docs but could not find anything that explains it.",
        "The same setup works on my colleague's machine.",
        "We are on the pay-as-you-go plan if that matters.",
        "Is there a setting I missed in the dashboard?",
        "Here is what the terminal printed:",
        "This is the full output I get:",
    };
    private static final String[] NOTHING = {
        "I would like to change the billing email on our account to finance@example.com.",
        "Can you send me a copy of last month's invoice with our company address on it?",
        "We are evaluating vendors and need your SOC 2 report and a completed security questionnaire.",
        "Do you offer a discount for non-profit organisations or for annual billing?",
        "Please add our new colleague to the team, she starts on Monday.",
        "Thanks for the quick help last week, everything works now.",
        "Our purchase order number is 4521 and it needs to appear on the receipt.",
        "Is there a webinar about the new features planned for next month?",
        "We are moving offices and our phone number will change on 1 March.",
        "Could we schedule a call to talk about an enterprise contract?",
        "I was charged twice for the same month, order 88213 and 88214.",
        "Please unsubscribe me from the product newsletter.",
    };
    private static final String[] CLOSERS = {"Thanks,\nSam", "Best regards,\nAlex Morgan", "Cheers,\nKim",
        "Thank you!\n\n--\nJordan Lee | Platform team", "Regards,\nP. Novak\nSent from my phone"};

    private CalibrationSet() {
    }

    /** {@code pasted} texts pasting a random entry's message, and {@code nothing} texts about no error. */
    static List<Example> make(List<CatalogEntry> catalog, int pasted, int nothing, long seed) {
        Random r = new Random(seed);
        List<CatalogEntry> usable = catalog.stream().filter(e -> e.message() != null && !e.message().isBlank())
                .toList();
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < pasted; i++) {
            CatalogEntry e = usable.get(r.nextInt(usable.size()));
            out.add(new Example(email(r, paste(r, e.message())), e.code()));
        }
        for (int i = 0; i < nothing; i++) {
            out.add(new Example(email(r, pick(r, NOTHING) + " " + pick(r, NOTHING)), null));
        }
        return out;
    }

    private static String email(Random r, String body) {
        StringBuilder sb = new StringBuilder(pick(r, OPENERS)).append("\n\n");
        if (r.nextBoolean()) {
            sb.append(pick(r, CONTEXT)).append(' ');
        }
        sb.append(pick(r, CONTEXT)).append("\n\n").append(body).append("\n\n");
        if (r.nextBoolean()) {
            sb.append(pick(r, CONTEXT)).append("\n\n");
        }
        return sb.append(pick(r, CLOSERS)).append('\n').toString();
    }

    /** The message with made-up values, sometimes cut short, sometimes with a typo. */
    static String paste(Random r, String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(value(r)));
        }
        m.appendTail(sb);
        String text = sb.toString().replace("`", "");
        String[] words = text.split(" ");
        int keep = words.length;
        if (r.nextInt(3) == 0 && words.length > 6) {
            keep = Math.max(4, (int) Math.round(words.length * (0.4 + 0.6 * r.nextDouble())));
        }
        if (r.nextInt(4) == 0 && keep > 3) {
            int w = r.nextInt(keep);
            if (words[w].length() > 4) {
                char[] c = words[w].toCharArray();
                int at = 1 + r.nextInt(c.length - 2);
                char t = c[at];
                c[at] = c[at + 1];
                c[at + 1] = t;
                words[w] = new String(c);
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(words, keep));
    }

    private static String value(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> String.valueOf(r.nextInt(100_000));
            case 1 -> "app-" + r.nextInt(10_000) + ".example.net";
            case 2 -> "203.0.113." + r.nextInt(255);
            case 3 -> "ts_" + Long.toString(r.nextLong() & Long.MAX_VALUE, 36);
            case 4 -> "user" + r.nextInt(1000) + "@example.com";
            default -> "\"" + Long.toString(r.nextLong() & 0xffffffL, 36) + "\"";
        };
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}
