package dev.postwright.workspace.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A git server over SSH on the loopback, in process (Apache MINA's {@link SshServer} running JGit's upload-pack
 * and receive-pack on one bare repository), accepting one public key only.
 */
final class SshGitServer implements AutoCloseable {

    private final SshServer server;
    final KeyPair hostKey;

    SshGitServer(Path bare, PublicKey allowed) throws IOException, NoSuchAlgorithmException {
        this.hostKey = ecKey();
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> key.equals(allowed));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory(new GitCommands(bare));
        server.start();
    }

    int port() {
        return server.getPort();
    }

    static KeyPair ecKey() throws NoSuchAlgorithmException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** {@code git-upload-pack '<path>'} and {@code git-receive-pack '<path>'}, always on the one repository. */
    private record GitCommands(Path bare) implements CommandFactory {
        @Override
        public Command createCommand(ChannelSession channel, String command) {
            List<String> words = CommandFactory.split(command);
            return new GitCommand(bare, words.get(0));
        }
    }

    private static final class GitCommand implements Command {
        private final Path bare;
        private final String name;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;
        private Thread thread;

        GitCommand(Path bare, String name) {
            this.bare = bare;
            this.name = name;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback exit) {
            this.exit = exit;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            thread = new Thread(this::serve, "ssh-git-" + name);
            thread.setDaemon(true);
            thread.start();
        }

        private void serve() {
            int code = 0;
            try (Repository repo = new FileRepositoryBuilder()
                    .setGitDir(bare.toFile())
                    .setMustExist(true)
                    .build()) {
                if (name.equals("git-upload-pack")) {
                    new UploadPack(repo).upload(in, out, err);
                } else if (name.equals("git-receive-pack")) {
                    new ReceivePack(repo).receive(in, out, err);
                } else {
                    code = 127;
                }
            } catch (IOException e) {
                code = 1;
            } finally {
                exit.onExit(code);
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            if (thread != null) {
                thread.interrupt();
            }
        }
    }
}
