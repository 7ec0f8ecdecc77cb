package dev.postwright.frontmatter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Formats a new date value in the written shape of the old one: bare date, separator, fraction, zone style. */
public final class DateFormatKeeper {

    private static final Pattern SHAPE =
            Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})(?:([Tt]|[ \\t]+)(\\d{1,2}:\\d{2}:\\d{2})(\\.\\d*)?"
                    + "([ \\t]*)(Z|[-+]\\d{1,2}(?::?\\d{2})?)?)?");

    private DateFormatKeeper() {}

    /**
     * Formats {@code value} (LocalDate, LocalDateTime, OffsetDateTime or ZonedDateTime) like {@code oldText}.
     * A bare old date keeps only the date; an old zone is kept (same instant shown in the old offset).
     * With no usable old text, ISO forms are used.
     */
    public static String format(Temporal value, String oldText) {
        Matcher m = oldText == null ? null : SHAPE.matcher(oldText.strip());
        if (m == null || !m.matches()) {
            return iso(value);
        }
        LocalDate date = toDate(value);
        if (m.group(2) == null) {
            return date.toString();
        }
        OffsetDateTime odt = toOffset(value, m.group(6) == null ? ZoneOffset.UTC : parseOffset(m.group(6)), m.group(3));
        if (m.group(6) != null) {
            odt = odt.withOffsetSameInstant(parseOffset(m.group(6)));
        }
        StringBuilder b = new StringBuilder(odt.toLocalDate().toString()).append(m.group(2));
        b.append(odt.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm:ss")));
        String fraction = m.group(4);
        if (fraction != null) {
            int digits = fraction.length() - 1;
            String nanos = String.format("%09d", odt.getNano());
            b.append('.').append(digits <= 9 ? nanos.substring(0, digits) : nanos);
        }
        if (m.group(6) != null) {
            b.append(m.group(5)).append(formatOffset(odt.getOffset(), m.group(6)));
        }
        return b.toString();
    }

    private static String iso(Temporal value) {
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof LocalDateTime t) {
            return t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        OffsetDateTime o = value instanceof ZonedDateTime z ? z.toOffsetDateTime() : (OffsetDateTime) value;
        return o.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static LocalDate toDate(Temporal value) {
        return LocalDate.from(value);
    }

    private static OffsetDateTime toOffset(Temporal value, ZoneOffset fallback, String oldTime) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof ZonedDateTime z) {
            return z.toOffsetDateTime();
        }
        if (value instanceof LocalDateTime t) {
            return t.atOffset(fallback);
        }
        // A plain date keeps the old time of day: the writer picked a day, not a time.
        String[] hms = oldTime.split(":");
        return ((LocalDate) value)
                .atTime(Integer.parseInt(hms[0]), Integer.parseInt(hms[1]), Integer.parseInt(hms[2]))
                .atOffset(fallback);
    }

    static ZoneOffset parseOffset(String z) {
        if (z.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = z.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        int sign = z.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static String formatOffset(ZoneOffset offset, String oldZone) {
        if (oldZone.equals("Z")) {
            return "Z";
        }
        int total = offset.getTotalSeconds();
        char sign = total < 0 ? '-' : '+';
        int abs = Math.abs(total);
        String hh = String.format("%02d", abs / 3600);
        String mm = String.format("%02d", (abs % 3600) / 60);
        String body = oldZone.substring(1);
        if (body.contains(":")) {
            return sign + hh + ":" + mm;
        }
        return body.length() <= 2 ? sign + hh : sign + hh + mm;
    }
}
