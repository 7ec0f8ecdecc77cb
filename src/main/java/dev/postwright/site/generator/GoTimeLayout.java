package dev.postwright.site.generator;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Formats a time with a Go reference layout ({@code "2006-01-02"}, {@code "Monday, 2 Jan 2006"}), reading the
 * layout the way Go's {@code time.Format} does: the longest reference element at each position, everything else
 * copied. Hand-written because Java's patterns use letters where Go uses the reference time's digits.
 */
final class GoTimeLayout {

    /** Go's RFC 3339 layout, which {@code .Date} uses: {@code Z} for a zero offset. */
    static final String RFC3339 = "2006-01-02T15:04:05Z07:00";

    /** Reference elements, longer before shorter where one starts another. */
    private static final List<String> ELEMENTS = List.of(
            "January",
            "Jan",
            "Monday",
            "Mon",
            "MST",
            "2006",
            "002",
            "01",
            "02",
            "03",
            "04",
            "05",
            "06",
            "_2",
            "15",
            "1",
            "2",
            "3",
            "4",
            "5",
            "PM",
            "pm",
            "-07:00:00",
            "-070000",
            "-07:00",
            "-0700",
            "-07",
            "Z07:00:00",
            "Z070000",
            "Z07:00",
            "Z0700",
            "Z07");

    private GoTimeLayout() {}

    static String format(ZonedDateTime t, String layout) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            String element = elementAt(layout, i);
            if (element == null) {
                int frac = fraction(layout, i);
                if (frac > 0) {
                    b.append(fractionOf(t, layout.substring(i, i + frac)));
                    i += frac;
                } else {
                    b.append(layout.charAt(i++));
                }
                continue;
            }
            b.append(value(t, element));
            i += element.length();
        }
        return b.toString();
    }

    private static String elementAt(String layout, int i) {
        for (String e : ELEMENTS) {
            if (layout.startsWith(e, i)) {
                boolean word = e.equals("Jan") || e.equals("Mon");
                int after = i + e.length();
                if (word && after < layout.length() && Character.isLowerCase(layout.charAt(after))) {
                    continue; // Go reads "Janet" as text, not the month
                }
                return e;
            }
        }
        return null;
    }

    /** The length of a {@code .000} or {@code .999} fractional-second element at {@code i}, or 0. */
    private static int fraction(String layout, int i) {
        char c = layout.charAt(i);
        if ((c != '.' && c != ',') || i + 1 >= layout.length()) {
            return 0;
        }
        char digit = layout.charAt(i + 1);
        if (digit != '0' && digit != '9') {
            return 0;
        }
        int j = i + 1;
        while (j < layout.length() && layout.charAt(j) == digit) {
            j++;
        }
        return j < layout.length() && Character.isDigit(layout.charAt(j)) ? 0 : j - i;
    }

    private static String fractionOf(ZonedDateTime t, String element) {
        int digits = element.length() - 1;
        String nanos = String.format(Locale.ROOT, "%09d", t.getNano()).substring(0, digits);
        if (element.charAt(1) == '9') {
            nanos = nanos.replaceAll("0+$", "");
            return nanos.isEmpty() ? "" : element.charAt(0) + nanos;
        }
        return element.charAt(0) + nanos;
    }

    private static String value(ZonedDateTime t, String e) {
        int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return switch (e) {
            case "January" -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "Jan" -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "Monday" -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "Mon" -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "MST" -> zoneAbbreviation(t);
            case "2006" -> String.format(Locale.ROOT, "%04d", t.getYear());
            case "06" -> two(t.getYear() % 100);
            case "002" -> String.format(Locale.ROOT, "%03d", t.getDayOfYear());
            case "01" -> two(t.getMonthValue());
            case "1" -> Integer.toString(t.getMonthValue());
            case "02" -> two(t.getDayOfMonth());
            case "_2" -> String.format(Locale.ROOT, "%2d", t.getDayOfMonth());
            case "2" -> Integer.toString(t.getDayOfMonth());
            case "15" -> two(t.getHour());
            case "03" -> two(hour12);
            case "3" -> Integer.toString(hour12);
            case "04" -> two(t.getMinute());
            case "4" -> Integer.toString(t.getMinute());
            case "05" -> two(t.getSecond());
            case "5" -> Integer.toString(t.getSecond());
            case "PM" -> t.getHour() < 12 ? "AM" : "PM";
            case "pm" -> t.getHour() < 12 ? "am" : "pm";
            default -> offset(t.getOffset(), e);
        };
    }

    private static String offset(ZoneOffset offset, String e) {
        int total = offset.getTotalSeconds();
        if (total == 0 && e.startsWith("Z")) {
            return "Z";
        }
        int abs = Math.abs(total);
        String sign = total < 0 ? "-" : "+";
        String h = two(abs / 3600);
        String m = two(abs / 60 % 60);
        String s = two(abs % 60);
        String shape = e.substring(1);
        return switch (shape) {
            case "07:00:00" -> sign + h + ":" + m + ":" + s;
            case "070000" -> sign + h + m + s;
            case "07:00" -> sign + h + ":" + m;
            case "0700" -> sign + h + m;
            default -> sign + h;
        };
    }

    /** Go prints the zone's abbreviation, or the offset when the zone has none (as for a fixed offset). */
    private static String zoneAbbreviation(ZonedDateTime t) {
        if (t.getZone() instanceof ZoneOffset o) {
            return o.getTotalSeconds() == 0 ? "UTC" : offset(o, "-07");
        }
        return t.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String two(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }
}
