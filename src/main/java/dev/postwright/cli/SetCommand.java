package dev.postwright.cli;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FieldValues;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.post.Backups;
import dev.postwright.post.PostFile;
import dev.postwright.post.PostWriteException;
import dev.postwright.post.recovery.LineDiff;
import dev.postwright.site.SiteIndex;
import dev.postwright.validation.Problem;
import dev.postwright.validation.Validator;
import dev.postwright.workspace.AppPaths;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postwright set}: changes frontmatter fields in place, only their lines, refusing edits that break the post. */
@Command(
        name = "set",
        mixinStandardHelpOptions = true,
        description = {
            "Set or remove frontmatter fields of a post. Values are read by the field's type "
                    + "(tags=a,b is a list). Only the changed fields' lines change.",
            "Exit status: 0 written (or nothing to do), 1 refused (bad value, new errors, read-only file, "
                    + "broken frontmatter), 2 could not run."
        })
final class SetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The post file.")
    Path file;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FIELD=VALUE", description = "Fields to set.")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--unset", paramLabel = "FIELD", description = "Remove a field (repeatable).")
    List<String> unset = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the change as a diff and write nothing.")
    boolean dryRun;

    @Option(names = "--force", description = "Write even when the change introduces errors.")
    boolean force;

    @Option(names = "--verbose", description = "Say what was written.")
    boolean verbose;

    private final Function<SiteIndex, Validator> validators;

    SetCommand(Clock clock) {
        this(index -> Validator.standard(index, clock));
    }

    /** With another rule set (tests). */
    SetCommand(Function<SiteIndex, Validator> validators) {
        this.validators = validators;
    }

    private record Assignment(String key, String value) {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Assignment> sets = new ArrayList<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                err.println("postwright set: '" + a + "' is not FIELD=VALUE (e.g. title=Hello or tags=a,b).");
                return Cli.EXIT_USAGE;
            }
            sets.add(new Assignment(a.substring(0, eq).strip(), a.substring(eq + 1)));
        }
        if (sets.isEmpty() && unset.isEmpty()) {
            err.println("postwright set: nothing to change. Give FIELD=VALUE or --unset FIELD.");
            return Cli.EXIT_USAGE;
        }
        LoadedPost.Result loaded = LoadedPost.load("set", file, err);
        if (!loaded.ok()) {
            if (loaded.post() != null) {
                err.println("postwright set: fix the frontmatter by hand first; " + file + " was not changed.");
            }
            return loaded.exitCode();
        }
        LoadedPost post = loaded.post();
        if (post.source().readOnly()) {
            err.println("postwright set: " + post.source().readOnlyReason().get() + " " + file + " was not changed.");
            return 1;
        }
        Optional<FrontmatterDocument> edited = edit(post, sets, err);
        if (edited.isEmpty()) {
            return 1;
        }
        String before = post.doc().text();
        String after = edited.get().text();
        if (before.equals(after)) {
            if (verbose) {
                out.println(file + ": already up to date, nothing written.");
            }
            return 0;
        }
        List<Problem> added = EditCheck.newErrors(post.site(), post.path(), before, after, validators);
        String name = post.site().lone()
                ? file.toString().replace('\\', '/')
                : post.site().relativize(post.path());
        if (dryRun) {
            out.print(LineDiff.unified(before, after, name, 1));
            out.flush();
        }
        if (!added.isEmpty()) {
            if (!force) {
                err.println(
                        "postwright set: refused: the change would add " + added.size() + " error(s) to " + file + ":");
                added.forEach(p -> err.println("  " + describe(name, p)));
                err.println(
                        dryRun
                                ? "Pass --force to write it anyway."
                                : file + " was not changed. Fix the " + "values, or pass --force to write it anyway.");
                return 1;
            }
            err.println("postwright set: warning: writing with " + added.size() + " new error(s) (--force):");
            added.forEach(p -> err.println("  " + describe(name, p)));
        }
        if (dryRun) {
            return 0;
        }
        if (!Files.isWritable(post.path())) {
            err.println("postwright set: " + file + " is read-only; it was not changed. Make it writable "
                    + "(chmod u+w) and run again.");
            return 1;
        }
        try {
            // The last versions are kept in the app's data folder; the write is refused (exit 1, file untouched)
            // when another program changed the file since it was read above.
            PostFile.writeAtomic(
                    post.path(),
                    after,
                    post.source().bom(),
                    post.source().charset(),
                    new Backups(AppPaths.fromEnvironment().dataDir()),
                    post.site().root(),
                    post.source().fingerprint());
        } catch (PostWriteException e) {
            err.println("postwright set: " + e.getMessage());
            return 1;
        }
        if (verbose) {
            out.println("Updated " + file);
        }
        return 0;
    }

    /** Applies the edits in order; empty after printing why when a value is refused. */
    private Optional<FrontmatterDocument> edit(LoadedPost post, List<Assignment> sets, PrintWriter err) {
        Schema schema = post.site().schemaFor(post.path());
        FrontmatterDocument doc = post.doc();
        try {
            for (Assignment a : sets) {
                Optional<Field> field = schema.field(a.key());
                YamlValue value;
                if (field.isEmpty()) {
                    if (schema.strict()) {
                        err.println("postwright set: unknown field '" + a.key() + "': the schema in "
                                + schema.source() + " is strict and does not allow it. Known fields: "
                                + String.join(
                                        ", ",
                                        schema.fields().stream()
                                                .map(Field::name)
                                                .toList())
                                + ". " + file + " was not changed.");
                        return Optional.empty();
                    }
                    err.println("postwright set: warning: '" + a.key() + "' is not a field of " + schema.source()
                            + "; writing it as text.");
                    value = YamlValue.string(a.value());
                } else {
                    value = FieldValues.parseCli(field.get(), a.value());
                }
                doc = doc.with(writtenKey(doc, a.key(), post), value, schema);
            }
            for (String key : unset) {
                String written = writtenKey(doc, key, post);
                if (doc.entry(written).isEmpty()) {
                    err.println("postwright set: warning: " + file + " has no field '" + key + "' to remove.");
                }
                doc = doc.without(written);
            }
        } catch (IllegalArgumentException e) {
            err.println("postwright set: " + e.getMessage() + ". " + file + " was not changed.");
            return Optional.empty();
        } catch (IllegalStateException e) {
            err.println("postwright set: " + file + ": " + e.getMessage() + ". It was not changed.");
            return Optional.empty();
        }
        return Optional.of(doc);
    }

    /** The key as the post writes it: Hugo reads keys in any case, so {@code title} sets an existing {@code Title}. */
    static String writtenKey(FrontmatterDocument doc, String key, LoadedPost post) {
        if (doc.entry(key).isPresent() || !post.site().generator().caseInsensitiveKeys()) {
            return key;
        }
        return doc.keys().stream()
                .filter(k -> k.equalsIgnoreCase(key))
                .findFirst()
                .orElse(key);
    }

    private static String describe(String name, Problem p) {
        return name + ":" + p.line() + ":" + p.column() + ": error " + p.rule() + " " + p.message();
    }
}
