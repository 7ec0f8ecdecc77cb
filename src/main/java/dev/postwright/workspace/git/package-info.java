/**
 * Git for the open site, FX-free, on JGit: the window calls it on its background executor, the command line
 * directly.
 *
 * <ul>
 *   <li>{@link dev.postwright.workspace.git.GitRepo}: the entry point; {@code open(siteRoot)} is empty for a site
 *       outside git, and then every git feature is absent.
 *   <li>{@link dev.postwright.workspace.git.GitStatus} and {@link dev.postwright.workspace.git.GitFileState}:
 *       branch, upstream, ahead/behind and each file's state for the sidebar and status bar (no network).
 *   <li>{@link dev.postwright.workspace.git.PostDiff}: one post against the last commit, field by field, body
 *       hunks and new or changed images.
 *   <li>{@link dev.postwright.workspace.git.CommitRequest}, {@link dev.postwright.workspace.git.CommitResult},
 *       {@link dev.postwright.workspace.git.GitIdentity} and {@link dev.postwright.workspace.git.CommitMessages}:
 *       committing exactly the chosen posts and images, with a prefilled message.
 *   <li>{@link dev.postwright.workspace.git.SyncResult}: the outcome of fetch, push and fast-forward pull, with
 *       a message for the writer.
 *   <li>{@link dev.postwright.workspace.git.GitException}: a failure whose message is for the writer.
 * </ul>
 *
 * The package-private classes do the work: {@code GitStatusReader} (IndexDiff over the site's folder only; on
 * 1,000 committed posts 15–63 ms warm, measured on the shared machine at load 26; ignored folders such as
 * {@code node_modules} are not walked), {@code PostDiffer} and {@code PostImages} (diff), {@code Committer}
 * ({@code commit --only}), {@code Identities}, {@code ChangedFiles} ({@code check/list --changed}),
 * {@code Syncer} and {@code SyncErrors} (fetch, push, pull), {@code Credentials} and
 * {@code GitCredentialHelper} (HTTPS through {@code git credential}), {@code SitePaths} (absolute, site-relative
 * and repository paths).
 *
 * <p>SSH goes through JGit's Apache MINA client, which JGit finds by itself: {@code ~/.ssh/config}, the keys in
 * {@code ~/.ssh} and {@code known_hosts}. The SSH agent needs {@code org.eclipse.jgit.ssh.apache.agent}, which
 * does not resolve from Maven Central at 7.8.1, so keys protected by a passphrase that live only in an agent are
 * not reached yet. No OS keyring library is used: {@code git credential} already reaches the keychains through
 * git's helpers, and no Secret Service runs on the build machine to test one.
 */
package dev.postwright.workspace.git;
