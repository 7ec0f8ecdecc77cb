package dev.postwright.site.generator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The Hugo template functions archetypes commonly use, with Hugo's argument order and results. */
final class GoFunctions {

    private static final Set<String> NAMES = Set.of(
            "replace",
            "strings.Replace",
            "title",
            "strings.Title",
            "strings.FirstUpper",
            "humanize",
            "lower",
            "strings.ToLower",
            "upper",
            "strings.ToUpper",
            "strings.TrimSpace",
            "urlize",
            "default",
            "now",
            "time.Now",
            "dateFormat",
            "time.Format",
            "print");

    private GoFunctions() {}

    static boolean known(String name) {
        return NAMES.contains(name);
    }

    static Object call(String name, List<Object> args, ZonedDateTime now) throws GoPipeline.NotUnderstood {
        return switch (name) {
            case "replace", "strings.Replace" -> replace(name, args);
            case "title", "strings.Title" -> HugoTitleCase.title(text(name, args, 1, 0));
            case "strings.FirstUpper" -> HugoTitleCase.firstUpper(text(name, args, 1, 0));
            case "humanize" -> HugoTitleCase.humanize(text(name, args, 1, 0));
            case "lower", "strings.ToLower" -> text(name, args, 1, 0).toLowerCase(Locale.ROOT);
            case "upper", "strings.ToUpper" -> text(name, args, 1, 0).toUpperCase(Locale.ROOT);
            case "strings.TrimSpace" -> text(name, args, 1, 0).strip();
            case "urlize" -> PostUrls.pathSlug(text(name, args, 1, 0));
            case "default" -> {
                count(name, args, 2);
                yield GoPipeline.truth(args.get(1)) ? args.get(1) : args.get(0);
            }
            case "now", "time.Now" -> {
                count(name, args, 0);
                yield now;
            }
            case "dateFormat", "time.Format" -> {
                count(name, args, 2);
                yield GoTimeLayout.format(time(name, args.get(1)), text(name, args, 2, 0));
            }
            case "print" -> {
                StringBuilder b = new StringBuilder();
                args.forEach(a -> b.append(GoPipeline.print(a)));
                yield b.toString();
            }
            default -> throw new GoPipeline.NotUnderstood(name);
        };
    }

    /** A method of a value: Go's {@code time.Time} {@code .Format "layout"} and {@code .Year}. */
    static Object method(Object target, String name, List<Object> args) throws GoPipeline.NotUnderstood {
        if (target instanceof ZonedDateTime t) {
            switch (name) {
                case "Format" -> {
                    count(name, args, 1);
                    return GoTimeLayout.format(t, text(name, args, 1, 0));
                }
                case "Year" -> {
                    count(name, args, 0);
                    return (long) t.getYear();
                }
                default -> {
                    // falls through to "not understood"
                }
            }
        }
        throw new GoPipeline.NotUnderstood("." + name);
    }

    private static String replace(String name, List<Object> args) throws GoPipeline.NotUnderstood {
        if (args.size() != 3 && args.size() != 4) {
            throw new GoPipeline.NotUnderstood(name + " with " + args.size() + " arguments");
        }
        String input = GoPipeline.print(args.get(0));
        String old = GoPipeline.print(args.get(1));
        String with = GoPipeline.print(args.get(2));
        if (args.size() == 3 || old.isEmpty()) {
            return input.replace(old, with);
        }
        long limit = args.get(3) instanceof Long l ? l : -1;
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (long n = 0; limit < 0 || n < limit; n++) {
            int at = input.indexOf(old, from);
            if (at < 0) {
                break;
            }
            b.append(input, from, at).append(with);
            from = at + old.length();
        }
        return b.append(input.substring(from)).toString();
    }

    private static String text(String name, List<Object> args, int expected, int index)
            throws GoPipeline.NotUnderstood {
        count(name, args, expected);
        return GoPipeline.print(args.get(index));
    }

    private static void count(String name, List<Object> args, int expected) throws GoPipeline.NotUnderstood {
        if (args.size() != expected) {
            throw new GoPipeline.NotUnderstood(name + " with " + args.size() + " arguments");
        }
    }

    private static ZonedDateTime time(String name, Object v) throws GoPipeline.NotUnderstood {
        if (v instanceof ZonedDateTime t) {
            return t;
        }
        String s = GoPipeline.print(v);
        try {
            return OffsetDateTime.parse(s).toZonedDateTime();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw new GoPipeline.NotUnderstood(name + " of '" + s + "'");
            }
        }
    }
}
