package dev.postwright.post;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * A post file's decoded text with what is needed to write it back the same way.
 *
 * @param readOnlyReason why the file must not be saved (e.g. too large), empty when it may be
 * @param fingerprint {@link PostFile#fingerprint(byte[])} of the bytes read, so a writer can check just before
 *     replacing the file that nobody else changed it meanwhile; null when unknown (then nothing is checked)
 */
public record LoadedText(
        String text, boolean bom, Charset charset, long size, Optional<String> readOnlyReason, String fingerprint) {

    /** Without a fingerprint: a writer of this text cannot tell whether the file changed since. */
    public LoadedText(String text, boolean bom, Charset charset, long size, Optional<String> readOnlyReason) {
        this(text, bom, charset, size, readOnlyReason, null);
    }

    public boolean readOnly() {
        return readOnlyReason.isPresent();
    }
}
