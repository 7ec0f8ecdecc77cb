package dev.postwright.validation.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Pixel size of a PNG, JPEG, GIF or WebP image read from its header only (at most the first 64 KB, nothing
 * decoded). A JPEG whose frame header lies beyond 64 KB (a huge EXIF block) reads as unknown.
 */
public final class ImageHeader {

    static final int LIMIT = 64 * 1024;

    /** Width and height in pixels. */
    public record Size(int width, int height) {}

    private ImageHeader() {}

    /** The image's size, or empty when the format is unknown, the header is cut short or the file unreadable. */
    public static Optional<Size> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in.readNBytes(LIMIT));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The size from the first bytes of an image file. */
    public static Optional<Size> parse(byte[] b) {
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return b.length >= 24 && startsWith(b, 12, 'I', 'H', 'D', 'R')
                    ? size(be32(b, 16), be32(b, 20))
                    : Optional.empty();
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8') && b.length >= 10) {
            return size(le16(b, 6), le16(b, 8));
        }
        if (startsWith(b, 0, 0xFF, 0xD8)) {
            return jpeg(b);
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return webp(b);
        }
        return Optional.empty();
    }

    private static Optional<Size> jpeg(byte[] b) {
        int i = 2;
        while (i + 3 < b.length) {
            if (u8(b, i) != 0xFF) {
                return Optional.empty();
            }
            int marker = u8(b, i + 1);
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) {
                i += 2; // standalone markers carry no length
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return Optional.empty(); // end of image or start of scan before any frame header
            }
            int length = be16(b, i + 2);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                return i + 8 < b.length ? size(be16(b, i + 7), be16(b, i + 5)) : Optional.empty();
            }
            if (length < 2) {
                return Optional.empty();
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static Optional<Size> webp(byte[] b) {
        if (b.length < 30) {
            return Optional.empty();
        }
        if (startsWith(b, 12, 'V', 'P', '8', ' ')) {
            return startsWith(b, 23, 0x9D, 0x01, 0x2A)
                    ? size(le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF)
                    : Optional.empty();
        }
        if (startsWith(b, 12, 'V', 'P', '8', 'L')) {
            if (u8(b, 20) != 0x2F) {
                return Optional.empty();
            }
            long bits = u8(b, 21) | u8(b, 22) << 8 | u8(b, 23) << 16 | (long) u8(b, 24) << 24;
            return size((int) (bits & 0x3FFF) + 1, (int) (bits >> 14 & 0x3FFF) + 1);
        }
        if (startsWith(b, 12, 'V', 'P', '8', 'X')) {
            return size(le24(b, 24) + 1, le24(b, 27) + 1);
        }
        return Optional.empty();
    }

    private static Optional<Size> size(long w, long h) {
        return w > 0 && h > 0 && w <= Integer.MAX_VALUE && h <= Integer.MAX_VALUE
                ? Optional.of(new Size((int) w, (int) h))
                : Optional.empty();
    }

    private static boolean startsWith(byte[] b, int at, int... sig) {
        if (b.length < at + sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if (u8(b, at + i) != sig[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int be16(byte[] b, int i) {
        return u8(b, i) << 8 | u8(b, i + 1);
    }

    private static int le16(byte[] b, int i) {
        return u8(b, i) | u8(b, i + 1) << 8;
    }

    private static int le24(byte[] b, int i) {
        return u8(b, i) | u8(b, i + 1) << 8 | u8(b, i + 2) << 16;
    }

    private static long be32(byte[] b, int i) {
        return (long) u8(b, i) << 24 | u8(b, i + 1) << 16 | u8(b, i + 2) << 8 | u8(b, i + 3);
    }
}
