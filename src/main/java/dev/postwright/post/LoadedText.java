package dev.postwright.post;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * A post file's decoded text with what is needed to write it back the same way.
 *
 * @param readOnlyReason why the file must not be saved (e.g. too large), empty when it may be
 */
public record LoadedText(String text, boolean bom, Charset charset, long size, Optional<String> readOnlyReason) {

    public boolean readOnly() {
        return readOnlyReason.isPresent();
    }
}
