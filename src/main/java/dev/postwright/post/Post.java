package dev.postwright.post;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.YamlDialect;
import java.nio.file.Path;

/** A post as loaded from disk: its file, how it was encoded and its frontmatter document (immutable). */
public record Post(Path path, LoadedText source, FrontmatterDocument frontmatter) {

    public static Post load(Path path, YamlDialect dialect) throws PostReadException {
        LoadedText text = PostFile.read(path);
        return new Post(path, text, FrontmatterDocument.parse(text.text(), dialect));
    }

    public Post withFrontmatter(FrontmatterDocument document) {
        return new Post(path, source, document);
    }

    /** The text to write: the document's text; BOM and charset are applied by {@link #save()}. */
    public String textToWrite() {
        return frontmatter.text();
    }

    public boolean dirty() {
        return !frontmatter.text().equals(source.text());
    }

    /** Saves atomically with the original BOM and charset; refuses files opened read-only. */
    public void save() throws PostWriteException {
        if (source.readOnly()) {
            throw new PostWriteException(
                    path, "Cannot save " + path + ": " + source.readOnlyReason().get(), null);
        }
        PostFile.writeAtomic(path, textToWrite(), source.bom(), source.charset());
    }
}
