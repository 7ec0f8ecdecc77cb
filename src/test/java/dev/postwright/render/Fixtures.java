package dev.postwright.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/** Loads the fixture post and builds a tiny fake site around it. */
final class Fixtures {
    static final MarkdownEngine ENGINE = new MarkdownEngine();

    private Fixtures() {}

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/render/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture post parsed as a whole file: the body starts after the closing "---" on line 8. */
    static ParsedMarkdown parsePost() {
        String file = resource("post.md");
        int bodyOffset = file.indexOf("\n---\n", 3) + 5;
        return ENGINE.parse(file.substring(bodyOffset), 8, bodyOffset);
    }

    /** site/public/images/a.png (a real 2x2 PNG) and site/post/local pic.png. */
    static Path site(Path root) throws IOException {
        Path images = Files.createDirectories(root.resolve("public/images"));
        ImageIO.write(
                new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB),
                "png",
                images.resolve("a.png").toFile());
        Path post = Files.createDirectories(root.resolve("post"));
        Files.copy(images.resolve("a.png"), post.resolve("local pic.png"), StandardCopyOption.REPLACE_EXISTING);
        return root;
    }

    static SiteImageResolver resolver(Path site) {
        return new SiteImageResolver(site.resolve("public"), site.resolve("post"));
    }
}
