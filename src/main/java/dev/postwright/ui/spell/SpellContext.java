package dev.postwright.ui.spell;

import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.post.PostWriteException;
import dev.postwright.spell.Misspelling;
import dev.postwright.spell.SiteSpelling;
import dev.postwright.ui.post.PostTabViewModel;
import dev.postwright.validation.PostAnalysis;
import dev.postwright.workspace.SiteSession;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * What a form field's spell checking needs from its post tab: the site's spelling (if switched on), the post,
 * a worker thread. A post tab puts one in its node properties under {@link #KEY}; {@link SpellUnderlines} finds it
 * by walking up from the field, so the form itself needs to know nothing about spelling.
 */
public final class SpellContext {

    /** The node property key. */
    public static final String KEY = "postwright.spelling";

    private final PostTabViewModel vm;
    private final Executor worker;

    private SpellContext(PostTabViewModel vm, Executor worker) {
        this.vm = vm;
        this.worker = worker;
    }

    public static SpellContext of(PostTabViewModel vm, Executor worker) {
        return new SpellContext(vm, worker);
    }

    Executor worker() {
        return worker;
    }

    /** Call on the FX thread: what {@link #check} needs, captured now. */
    Snapshot snapshot() {
        PostAnalysis a = vm.analysisProperty().get();
        SiteSession session = vm.session();
        return new Snapshot(session.spelling().spelling(), session, a == null ? null : a.frontmatter());
    }

    /** Off the FX thread: the unknown words of a field's text (offsets in the text). */
    List<Misspelling> check(Snapshot s, String field, String text) {
        if (s.spelling().isEmpty()) {
            return List.of();
        }
        List<String> vocabulary = SiteSpelling.vocabulary(
                s.session().index().all(), s.session().site().config().tags(), vm.path());
        return s.spelling().get().checkField(vm.path(), field, text, s.frontmatter(), vocabulary);
    }

    Optional<SiteSpelling> spelling() {
        return vm.session().spelling().spelling();
    }

    void ignore(String word) {
        spelling().ifPresent(s -> s.ignore(vm.path(), word));
    }

    /** Off the FX thread. */
    void addToSiteDictionary(String word) throws PostWriteException {
        if (spelling().isPresent()) {
            spelling().get().addToSiteDictionary(word);
        }
    }

    record Snapshot(Optional<SiteSpelling> spelling, SiteSession session, FrontmatterDocument frontmatter) {}
}
