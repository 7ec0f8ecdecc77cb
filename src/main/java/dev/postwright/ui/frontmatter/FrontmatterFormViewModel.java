package dev.postwright.ui.frontmatter;

import dev.postwright.frontmatter.FieldValues;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.Schema;
import dev.postwright.frontmatter.YamlValue;
import dev.postwright.site.SiteConfig;
import dev.postwright.site.SlugGenerator;
import dev.postwright.site.generator.AstroGenerator;
import dev.postwright.site.generator.Generator;
import dev.postwright.validation.Problem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** State of the frontmatter form: rows built from the schema, writer edits turned into {@link FormEdit}s. */
public final class FrontmatterFormViewModel {

    static final String DESCRIPTION = "description";
    static final String TITLE = "title";
    /** {@link #activeField()} while the writer is in the raw view; no key can have this name. */
    public static final String RAW_VIEW = "\u0000raw";

    static final String NOT_A_DATE = "Not a date: use 2025-03-14 or 2025-03-14T09:30:00+01:00";

    private final ObservableList<FieldModel> fields = FXCollections.observableArrayList();
    private final StringProperty errorText = new SimpleStringProperty(this, "errorText", "");
    private final BooleanProperty formAvailable = new SimpleBooleanProperty(this, "formAvailable", false);
    private final BooleanProperty rawMode = new SimpleBooleanProperty(this, "rawMode", false);
    private final StringProperty rawYaml = new SimpleStringProperty(this, "rawYaml", "");
    private final ReadOnlyStringWrapper format = new ReadOnlyStringWrapper(this, "format", "YAML");
    private final BooleanProperty slugLocked = new SimpleBooleanProperty(this, "slugLocked", true);
    private final IntegerProperty descriptionLength = new SimpleIntegerProperty(this, "descriptionLength", 0);
    private final StringProperty descriptionCounter = new SimpleStringProperty(this, "descriptionCounter", "");
    private final BooleanProperty descriptionOutOfRange = new SimpleBooleanProperty(this, "descriptionOutOfRange");
    private final StringProperty tagNotice = new SimpleStringProperty(this, "tagNotice", "");
    private final ReadOnlyStringWrapper activeField = new ReadOnlyStringWrapper(this, "activeField");

    private Consumer<FormEdit> onEdit = e -> {};
    private Runnable beforeEntering = () -> {};
    private FrontmatterDocument doc;
    private Schema schema = new Schema(List.of(), false, "none");
    private Generator generator = new AstroGenerator();
    private List<Problem> problems = List.of();
    private Map<String, List<Problem>> byField = Map.of();
    private final Map<String, String> localErrors = new HashMap<>();
    private TagAssist tagAssist = new TagAssist(Map.of());
    private int descriptionMin = SiteConfig.DEFAULT_DESCRIPTION_MIN;
    private int descriptionMax = SiteConfig.DEFAULT_DESCRIPTION_MAX;
    private Path publicDir;
    private Path postDir;
    private boolean slugLockSet;
    // True while the VM itself writes row properties: those changes mirror the document and must not echo back.
    private boolean updating;

    public FrontmatterFormViewModel() {
        rawYaml.addListener((o, old, yaml) -> {
            if (!updating) {
                commitRawYaml(yaml);
            }
        });
    }

    // ---- inputs ----

    public void setOnEdit(Consumer<FormEdit> onEdit) {
        this.onEdit = Objects.requireNonNull(onEdit, "onEdit");
    }

    /**
     * Runs just before the writer enters a field or the raw view, so the owner can bring the form up to the
     * text's newest state (say, a title just changed in the editor) before the control becomes the writer's.
     */
    public void setBeforeEntering(Runnable beforeEntering) {
        this.beforeEntering = Objects.requireNonNull(beforeEntering, "beforeEntering");
    }

    /** The re-parsed post; call on the FX thread after every change of the post text. */
    public void setDocument(FrontmatterDocument doc) {
        this.doc = Objects.requireNonNull(doc, "doc");
        boolean ok = doc.editable();
        format.set(doc.format().name());
        errorText.set(ok ? "" : FieldProblems.describeError(doc));
        if (ok && !slugLockSet) {
            slugLocked.set(doc.entry(slugFieldName()).isPresent());
            slugLockSet = true;
        }
        rebuildRows();
        refreshValues();
        refreshRaw();
        refreshProblems();
        formAvailable.set(ok);
        if (!ok) {
            rawMode.set(true);
        }
    }

    public void setSchema(Schema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
        if (doc != null) {
            rebuildRows();
            refreshValues();
            refreshProblems();
        }
    }

    /** All problems of the post; those on frontmatter lines (and missing required fields) go to their rows. */
    public void setProblems(List<Problem> problems) {
        this.problems = List.copyOf(problems);
        refreshProblems();
    }

    /** Site tags with the number of posts using each, for autocomplete and near-duplicates. */
    public void setTagCounts(Map<String, Integer> tagCounts) {
        this.tagAssist = new TagAssist(tagCounts);
    }

    public void setDescriptionLimits(int min, int max) {
        this.descriptionMin = min;
        this.descriptionMax = max;
        field(DESCRIPTION).ifPresent(m -> updateDescription(m.text().get()));
    }

    public void setPublicDir(Path publicDir) {
        this.publicDir = publicDir;
    }

    public void setPostDir(Path postDir) {
        this.postDir = postDir;
    }

    // ---- outputs ----

    /** Rows: schema fields in schema order, then keys the schema does not know in document order. */
    public ObservableList<FieldModel> fields() {
        return FXCollections.unmodifiableObservableList(fields);
    }

    public Optional<FieldModel> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<Problem> problemsFor(String fieldName) {
        return byField.getOrDefault(fieldName, List.of());
    }

    public StringProperty errorText() {
        return errorText;
    }

    public BooleanProperty formAvailable() {
        return formAvailable;
    }

    public BooleanProperty rawMode() {
        return rawMode;
    }

    /** The text between the fences; setting it (the view does, debounced) emits {@link FormEdit.RawYaml}. */
    /** The front matter's language, for the header and the raw view's name: YAML, TOML or JSON. */
    public ReadOnlyStringProperty format() {
        return format.getReadOnlyProperty();
    }

    public StringProperty rawYaml() {
        return rawYaml;
    }

    public BooleanProperty slugLocked() {
        return slugLocked;
    }

    public IntegerProperty descriptionLength() {
        return descriptionLength;
    }

    public StringProperty descriptionCounter() {
        return descriptionCounter;
    }

    public BooleanProperty descriptionOutOfRange() {
        return descriptionOutOfRange;
    }

    /** Set when a typed tag was replaced by the site's existing spelling, or not added. */
    public StringProperty tagNotice() {
        return tagNotice;
    }

    /** The post's slug key as the site's generator decides it: {@code slug}, or AstroPaper v2–v4's {@code postSlug}. */
    public String slugFieldName() {
        return generator.slugField(schema, doc);
    }

    /** The site's generator, which decides the slug field; AstroPaper (the default site kind) until set. */
    public void setGenerator(Generator generator) {
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    /** The row whose control the writer is in (its text is theirs until they leave it), {@link #RAW_VIEW}, or null. */
    public ReadOnlyStringProperty activeField() {
        return activeField.getReadOnlyProperty();
    }

    /**
     * The writer entered ({@code focused}) or left a row's control. While in it, no document update replaces the
     * control's text; on leaving, the row shows the document's value again, so the two agree.
     */
    public void fieldFocused(String name, boolean focused) {
        if (focused) {
            if (!name.equals(activeField.get())) {
                beforeEntering.run();
            }
            activeField.set(name);
        } else if (name.equals(activeField.get())) {
            activeField.set(null);
            if (doc != null && formAvailable.get()) {
                refreshValues();
                refreshProblems();
            }
        }
    }

    /** The writer entered or left the raw view; on leaving it shows the document's frontmatter again. */
    public void rawFocused(boolean focused) {
        if (focused) {
            if (!RAW_VIEW.equals(activeField.get())) {
                beforeEntering.run();
            }
            activeField.set(RAW_VIEW);
        } else if (RAW_VIEW.equals(activeField.get())) {
            activeField.set(null);
            if (doc != null) {
                refreshRaw();
            }
        }
    }

    // ---- writer actions ----

    /** Fills the slug from the title and writes it, adding the field when absent. */
    public void generateSlugFromTitle() {
        field(slugFieldName()).ifPresent(slug -> {
            String generated = SlugGenerator.fromTitle(titleText());
            setQuietly(slug.text(), generated);
            new RowEdits(this, slug).writeString(generated);
        });
    }

    /** Applies the date the writer typed in a date row (on Enter or focus loss), keeping the old format. */
    public void commitDate(String name) {
        field(name).filter(m -> m.kind() == FieldModel.Kind.DATE).ifPresent(m -> new RowEdits(this, m).commitDate());
    }

    /** Sets the day of a date row (from the date picker), keeping the written time, zone and format. */
    public void setDatePart(String name, LocalDate day) {
        field(name)
                .filter(m -> m.kind() == FieldModel.Kind.DATE)
                .ifPresent(m -> new RowEdits(this, m).setDatePart(day));
    }

    /** The date a date row holds, for the date picker; empty while the text is not a date. */
    public Optional<LocalDate> dateOf(String name) {
        return field(name).flatMap(m -> FieldValues.parseDate(m.text().get())).map(LocalDate::from);
    }

    public List<String> suggestTags(String prefix) {
        List<String> current =
                field("tags").map(FieldModel::tags).map(List::copyOf).orElse(List.of());
        return tagAssist.suggest(prefix, current);
    }

    /** The site's existing spelling when {@code typed} is a near-duplicate of a tag in use, else {@code typed}. */
    public String canonicalTag(String typed) {
        return tagAssist.canonical(typed);
    }

    /** Adds a typed (or suggested "tag (n)") tag through {@link #canonicalTag}; returns the tag added or empty. */
    public Optional<String> addTag(String fieldName, String typed) {
        return field(fieldName)
                .filter(f -> f.kind() == FieldModel.Kind.TAGS)
                .flatMap(m -> new RowEdits(this, m).addTag(typed, tagAssist, tagNotice));
    }

    public void removeLastTag(String fieldName) {
        field(fieldName).map(FieldModel::tags).filter(t -> !t.isEmpty()).ifPresent(t -> t.remove(t.size() - 1));
    }

    /** Where the chosen image is referenced from: {@code /images/x.png} under the public dir, else relative. */
    public String imagePathFor(Path chosen) {
        return ImagePaths.reference(chosen, publicDir, postDir);
    }

    /** A URL for an image row's thumbnail, or empty when the value names no loadable file. */
    public Optional<String> imageUrl(String value) {
        return ImagePaths.url(value, publicDir, postDir);
    }

    public Path publicDir() {
        return publicDir;
    }

    public Path postDir() {
        return postDir;
    }

    // ---- rows ----

    /** The schema with its fields named as the post writes them, on sites whose generator reads keys in any case. */
    private Schema rowSchema() {
        return generator.caseInsensitiveKeys() && doc.status() == FrontmatterDocument.Status.OK
                ? schema.spelledAs(doc.keys())
                : schema;
    }

    private void rebuildRows() {
        Schema schema = rowSchema();
        List<String> wanted = FieldReader.rowNames(schema, doc);
        String slugName = slugFieldName();
        List<String> have = fields.stream().map(f -> f.name() + "/" + f.kind()).toList();
        List<String> want = wanted.stream()
                .map(n -> n + "/"
                        + schema.field(n)
                                .map(f -> FieldReader.kindOf(f, slugName))
                                .orElse(FieldModel.Kind.RAW))
                .toList();
        if (have.equals(want)) {
            return;
        }
        List<FieldModel> rows = new ArrayList<>();
        for (String name : wanted) {
            FieldModel m = schema.field(name)
                    .map(f -> FieldReader.create(f, slugName))
                    .orElseGet(() -> FieldReader.unknown(name));
            listen(m);
            rows.add(m);
        }
        localErrors.keySet().retainAll(wanted);
        fields.setAll(rows);
    }

    private void listen(FieldModel m) {
        m.text().addListener((o, old, text) -> {
            if (m.kind() == FieldModel.Kind.DESCRIPTION) {
                updateDescription(text);
            }
            if (!updating) {
                new RowEdits(this, m).textChanged(text);
            }
        });
        m.checked().addListener((o, old, checked) -> {
            if (!updating) {
                emit(new FormEdit.SetValue(m.name(), YamlValue.bool(checked)));
            }
        });
        m.tags().addListener((ListChangeListener<String>) c -> {
            if (!updating) {
                new RowEdits(this, m).tagsChanged();
            }
        });
    }

    private void refreshValues() {
        updating = true;
        try {
            for (FieldModel m : fields) {
                boolean present = doc.entry(m.name()).isPresent();
                // The row the writer is typing in keeps its text, caret and selection: nothing writes through it.
                // An absent unlocked slug previews the title's slug; a half-typed bad date stays as typed.
                String shown = m.name().equals(activeField.get())
                        ? m.text().get()
                        : m.kind() == FieldModel.Kind.SLUG && !present && !slugLocked.get()
                                ? slugPreview()
                                : m.kind() == FieldModel.Kind.DATE && localErrors.containsKey(m.name())
                                        ? m.text().get()
                                        : FieldReader.text(doc, m);
                FieldReader.load(doc, m, shown);
            }
        } finally {
            updating = false;
        }
        field(DESCRIPTION).ifPresent(m -> updateDescription(m.text().get()));
    }

    private void refreshRaw() {
        if (RAW_VIEW.equals(activeField.get())) {
            return; // the writer is typing in the raw view: it is the newest text, and is committed as it rests
        }
        String yaml = doc.rawYaml();
        String shown = rawYaml.get();
        // The core adds a final line ending to raw YAML; the writer's text without it is the same YAML.
        if (!yaml.equals(shown) && !yaml.equals(shown + doc.lineEnding())) {
            setQuietly(rawYaml, yaml);
        }
    }

    void refreshProblems() {
        if (doc == null) {
            return;
        }
        byField =
                FieldProblems.assign(doc, fields.stream().map(FieldModel::name).toList(), problems);
        FieldProblems.show(fields, byField, localErrors);
    }

    private void updateDescription(String text) {
        int length = text == null ? 0 : text.codePointCount(0, text.length());
        descriptionLength.set(length);
        descriptionCounter.set(length + " / " + descriptionMax);
        descriptionOutOfRange.set(length > descriptionMax || length > 0 && length < descriptionMin);
    }

    // ---- helpers shared with RowEdits ----

    FrontmatterDocument document() {
        return doc;
    }

    boolean editable() {
        return doc != null && formAvailable.get();
    }

    void emit(FormEdit edit) {
        onEdit.accept(edit);
    }

    void setLocalError(String name, String message) {
        if (message == null) {
            localErrors.remove(name);
        } else {
            localErrors.put(name, message);
        }
        refreshProblems();
    }

    /** Lets the slug follow the title while unlocked; writes it only when the post already has a slug field. */
    void titleChanged() {
        if (slugLocked.get()) {
            return;
        }
        field(slugFieldName()).ifPresent(slug -> {
            String preview = slugPreview();
            setQuietly(slug.text(), preview);
            if (doc.entry(slug.name()).isPresent()) {
                new RowEdits(this, slug).writeString(preview);
            }
        });
    }

    private void commitRawYaml(String yaml) {
        if (doc == null || yaml == null) {
            return;
        }
        String current = doc.rawYaml();
        if (yaml.equals(current) || current.equals(yaml + doc.lineEnding())) {
            return;
        }
        emit(new FormEdit.RawYaml(yaml));
    }

    private String slugPreview() {
        String title = titleText();
        return title.isBlank() ? "" : SlugGenerator.fromTitle(title);
    }

    private String titleText() {
        return field(TITLE).map(m -> m.text().get()).orElse("");
    }

    void setQuietly(StringProperty p, String value) {
        boolean was = updating;
        updating = true;
        try {
            p.set(value);
        } finally {
            updating = was;
        }
    }
}
