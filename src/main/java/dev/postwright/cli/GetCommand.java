package dev.postwright.cli;

import dev.postwright.frontmatter.YamlValue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postwright get}: prints a post's frontmatter, or one field of it, as JSON. */
@Command(
        name = "get",
        mixinStandardHelpOptions = true,
        description = {
            "Print a post's frontmatter as one JSON object, or one field's value as JSON.",
            "Dates are given as the text written in the file.",
            "Exit status: 0 printed, 1 unknown field or broken frontmatter, 2 could not read the file."
        })
final class GetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The post file.")
    Path file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FIELD", description = "Print only this field.")
    String field;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadedPost.Result loaded = LoadedPost.load("get", file, err);
        if (!loaded.ok()) {
            return loaded.exitCode();
        }
        LoadedPost post = loaded.post();
        if (field == null) {
            out.println(FrontmatterJson.object(post.doc()));
            return 0;
        }
        Optional<YamlValue> value = post.doc().value(SetCommand.writtenKey(post.doc(), field, post));
        if (value.isEmpty()) {
            err.println("postwright get: " + file + " has no field '" + field + "'. Its fields: "
                    + String.join(", ", post.doc().keys()) + ".");
            return 1;
        }
        out.println(FrontmatterJson.value(value.get()));
        return 0;
    }
}
