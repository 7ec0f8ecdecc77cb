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
 * The package-private classes do the work: {@code GitStatusReader}, {@code SitePaths} (absolute, site-relative
 * and repository paths).
 */
package dev.postwright.workspace.git;
