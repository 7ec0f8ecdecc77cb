package dev.postwright.workspace.git;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * HTTPS credentials from the writer's own git setup: runs {@code git credential fill} (the configured helper:
 * the OS keychain, libsecret, Git Credential Manager, a token store…), and afterwards {@code approve} or
 * {@code reject} so the helper keeps good credentials and forgets bad ones. Hand-written: JGit has no bridge to
 * git's credential helpers. Never prompts on a terminal (there is none in the window), never writes a file.
 */
final class GitCredentialHelper extends CredentialsProvider {

    private static final long TIMEOUT_SECONDS = 30;
    private static final System.Logger LOG = System.getLogger(GitCredentialHelper.class.getName());

    private final Path git;
    private final Path workTree;
    private Map<String, String> filled;

    GitCredentialHelper(Path git, Path workTree) {
        this.git = git;
        this.workTree = workTree;
    }

    /** The {@code git} program on the PATH, if there is one. */
    static Optional<Path> findGit() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("git", "git.exe")) {
                if (dir.isBlank()) {
                    continue;
                }
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem i : items) {
            if (!(i instanceof CredentialItem.Username)
                    && !(i instanceof CredentialItem.Password)
                    && !(i instanceof CredentialItem.InformationalMessage)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) {
        if (!supports(items)) {
            return false;
        }
        Map<String, String> query = describe(uri);
        Map<String, String> answer = run("fill", query).orElse(Map.of());
        String user = answer.get("username");
        String password = answer.get("password");
        if (user == null || password == null) {
            return false;
        }
        for (CredentialItem i : items) {
            if (i instanceof CredentialItem.Username u) {
                u.setValue(user);
            } else if (i instanceof CredentialItem.Password p) {
                p.setValue(password.toCharArray());
            }
        }
        Map<String, String> used = new LinkedHashMap<>(query);
        used.put("username", user);
        used.put("password", password);
        filled = used;
        return true;
    }

    /** JGit calls this when the credentials it got were refused. */
    @Override
    public void reset(URIish uri) {
        reject();
    }

    /** Tells the helper the credentials worked (it may store them). */
    void approve() {
        if (filled != null) {
            run("approve", filled);
            filled = null;
        }
    }

    /** Tells the helper the credentials were refused (it forgets them). */
    void reject() {
        if (filled != null) {
            run("reject", filled);
            filled = null;
        }
    }

    private static Map<String, String> describe(URIish uri) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("protocol", uri.getScheme() == null ? "https" : uri.getScheme());
        q.put("host", uri.getPort() > 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost());
        String path = uri.getPath();
        if (path != null && !path.isBlank()) {
            q.put("path", path.startsWith("/") ? path.substring(1) : path);
        }
        if (uri.getUser() != null) {
            q.put("username", uri.getUser());
        }
        return q;
    }

    private Optional<Map<String, String>> run(String action, Map<String, String> input) {
        ProcessBuilder pb = new ProcessBuilder(git.toString(), "credential", action).directory(workTree.toFile());
        // No terminal prompt and no GUI prompt from a helper: the window reports a failure instead of hanging.
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().put("GCM_INTERACTIVE", "never");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            StringBuilder in = new StringBuilder();
            input.forEach((k, v) -> in.append(k).append('=').append(v).append('\n'));
            in.append('\n');
            try (OutputStream os = p.getOutputStream()) {
                os.write(in.toString().getBytes(StandardCharsets.UTF_8));
            }
            byte[] out;
            try (InputStream is = p.getInputStream()) {
                out = is.readAllBytes();
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            if (p.exitValue() != 0) {
                return Optional.empty();
            }
            Map<String, String> answer = new LinkedHashMap<>();
            for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    answer.put(line.substring(0, eq), line.substring(eq + 1).strip());
                }
            }
            return Optional.of(answer);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "git credential " + action + " could not run", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
