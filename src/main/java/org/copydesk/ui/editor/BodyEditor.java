package org.copydesk.ui.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.layout.FlowPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.FileChooser;
import org.copydesk.l10n.Messages;
import org.copydesk.ui.fx.HoverTooltip;
import org.jsoup.nodes.Entities;
import org.w3c.dom.events.EventListener;
import org.w3c.dom.events.EventTarget;

/**
 * The WYSIWYG body editor: an editable page styled by the site's own stylesheet, with a toolbar that
 * offers only the site's markup (paragraph, 二级/三级标题, bold, italic, link, image, quote, lists,
 * undo/redo). Page scripts are off; the editor drives the page from Java. Whatever it produces is
 * sanitised before it is saved.
 */
public final class BodyEditor extends BorderPane {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebView web = new WebView();
    private final WebEngine engine = web.getEngine();
    private final Messages m = Messages.get();
    private final Path imageRoot;
    private final String shell;
    private boolean ready;
    private String pendingHtml;
    private long pendingArticle;
    private boolean applying;
    private Consumer<String> onChange = s -> { };
    private Consumer<Path> onImageChosen = p -> { };
    private PasteHandler onPaste = (html, text, picture) -> { };

    /** Receives what the user pasted: HTML and text when the clipboard has them, a picture otherwise. */
    @FunctionalInterface
    public interface PasteHandler {
        void paste(String html, String text, java.util.function.Supplier<byte[]> picture);
    }
    private String lastHtml = "";
    // held so the DOM keeps calling it: the bridge only keeps a weak reference
    private final EventListener inputListener = evt -> changedInPage();

    /**
     * @param siteCss   the site's stylesheet, so the body looks as it will on the page
     * @param imageRoot the folder that holds {@code images/<id>/} for the open article
     */
    private final java.util.function.UnaryOperator<String> safeLink;

    /**
     * @param safeLink gives the address a link may carry (safe scheme or relative), or null to refuse it
     */
    public BodyEditor(String siteCss, Path imageRoot, java.util.function.UnaryOperator<String> safeLink) {
        this.imageRoot = imageRoot;
        this.safeLink = safeLink;
        this.shell = page(siteCss);
        engine.setJavaScriptEnabled(false);
        web.setContextMenuEnabled(false);
        web.setId("body-editor");
        // reached by Tab, the editor takes the keyboard into its text (not only the web view around it)
        web.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                script("var d=document.getElementById('doc');if(d&&document.activeElement!==d){d.focus();}");
            }
        });
        VBox.setVgrow(web, Priority.ALWAYS);
        setTop(toolbar());
        setCenter(web);
        engine.getLoadWorker().stateProperty().addListener((o, a, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                EventTarget doc = (EventTarget) engine.getDocument().getElementById("doc");
                doc.addEventListener("input", inputListener, false);
                ready = true;
                if (pendingHtml != null) {
                    apply(pendingArticle, pendingHtml);
                }
            }
        });
        // pastes go through the sanitizer and the cleaning, never straight into the page
        web.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean paste = (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.V)
                    || (e.isShiftDown() && e.getCode() == javafx.scene.input.KeyCode.INSERT);
            if (paste) {
                e.consume();
                pasteFromClipboard();
            }
        });
        // pictures dropped from the file manager go into the body at the caret, not into the import
        web.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(BodyEditor::picture)) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                e.consume();
            }
        });
        web.setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                e.getDragboard().getFiles().stream().filter(BodyEditor::picture).forEach(f -> onImageChosen.accept(f.toPath()));
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    /**
     * Writes the editing page beside the articles' pictures (file work: call it off the FX thread):
     * a page given as a string has no address, and the web view then shows no pictures from files.
     */
    public static Path writePage(Path imageRoot, String siteCss) throws IOException {
        java.nio.file.Files.createDirectories(imageRoot);
        Path page = imageRoot.resolve("body-editor.html");
        java.nio.file.Files.writeString(page, page(siteCss), StandardCharsets.UTF_8);
        return page;
    }

    /** Loads the editing page {@link #writePage} wrote, or, when it could not be written, the page without pictures. */
    public void load(Path page) {
        if (page == null) {
            engine.loadContent(shell);
        } else {
            engine.load(page.toUri().toString());
        }
    }

    private static String page(String siteCss) {
        return template().replace("/*SITE_CSS*/", siteCss);
    }

    /** A file named as a picture (its bytes decide again when it is read). */
    static boolean picture(java.io.File f) {
        String n = f.getName().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".gif") || n.endsWith(".webp");
    }

    private void pasteFromClipboard() {
        javafx.scene.input.Clipboard cb = javafx.scene.input.Clipboard.getSystemClipboard();
        String html = cb.hasHtml() ? cb.getHtml() : null;
        String text = cb.hasString() ? cb.getString() : null;
        javafx.scene.image.Image image = cb.hasImage() ? cb.getImage() : null;
        onPaste.paste(html, text, () -> image == null ? null : org.copydesk.ui.fx.ImageBytes.png(image));
    }

    public void setOnPaste(PasteHandler onPaste) {
        this.onPaste = onPaste;
    }

    /** Inserts clean markup at the caret (the result of a paste). */
    public void insertHtml(String html) {
        if (!html.isBlank()) {
            exec("insertHTML", html);
        }
    }

    private static String template() {
        return resource("body-editor.html");
    }

    /** The format buttons; they wrap onto a second row when the column is narrow, never into an overflow menu. */
    private FlowPane toolbar() {
        FlowPane bar = new FlowPane(2, 3,
                button("editor.paragraph", m.get("editor.paragraph.short"), () -> exec("formatBlock", "p")),
                button("editor.h2", "H2", () -> exec("formatBlock", "h2")),
                button("editor.h3", "H3", () -> exec("formatBlock", "h3")),
                separator(),
                button("editor.bold", "B", () -> exec("bold", null)),
                button("editor.italic", "I", () -> exec("italic", null)),
                button("editor.link", m.get("editor.link.short"), this::insertLink),
                button("editor.image", m.get("editor.image.short"), this::chooseImage),
                button("editor.credit", m.get("editor.credit.short"), this::credit),
                button("editor.lead", m.get("editor.lead.short"), this::chooseLead),
                separator(),
                button("editor.quote", m.get("editor.quote.short"), () -> exec("formatBlock", "blockquote")),
                button("editor.bullets", "• ≡", () -> exec("insertUnorderedList", null)),
                button("editor.numbers", "1. ≡", () -> exec("insertOrderedList", null)),
                separator(),
                button("editor.table", m.get("editor.table.short"), this::insertTable),
                button("editor.tableRow", "+" + m.get("editor.tableRow.short"), () -> table("row")),
                button("editor.tableColumn", "+" + m.get("editor.tableColumn.short"), () -> table("column")),
                button("editor.tableDeleteRow", "−" + m.get("editor.tableRow.short"), () -> table("deleteRow")),
                button("editor.tableDeleteColumn", "−" + m.get("editor.tableColumn.short"), () -> table("deleteColumn")),
                separator(),
                button("editor.undo", "↶", this::undo),
                button("editor.redo", "↷", this::redo));
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("body-toolbar");
        bar.setId("body-toolbar");
        return bar;
    }

    private static Separator separator() {
        Separator s = new Separator(javafx.geometry.Orientation.VERTICAL);
        s.setPrefHeight(20);
        return s;
    }

    private Button button(String key, String glyph, Runnable action) {
        Button b = new Button(glyph);
        HoverTooltip.install(b, m.get(key));
        b.setAccessibleText(m.get(key));
        b.setFocusTraversable(false);
        b.getStyleClass().add("format-button");
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setId(key.replace('.', '-'));
        b.setOnAction(e -> {
            action.run();
            web.requestFocus();
        });
        return b;
    }

    public WebView webView() {
        return web;
    }

    /** Called with the editor's HTML (not yet sanitised) after every edit. */
    public void setOnChange(Consumer<String> onChange) {
        this.onChange = onChange;
    }

    /** Called with a file the editor chose to insert as an image. */
    public void setOnImageChosen(Consumer<Path> onImageChosen) {
        this.onImageChosen = onImageChosen;
    }

    /** Shows an article's body; relative image names resolve against its image folder. */
    public void show(long articleId, String html) {
        lastHtml = html;
        if (!ready) {
            pendingArticle = articleId;
            pendingHtml = html;
            return;
        }
        apply(articleId, html);
    }

    private void apply(long articleId, String html) {
        pendingHtml = null;
        applying = true;
        try {
            String base = imageRoot.resolve("images").resolve(Long.toString(articleId)).toUri() + "/";
            script("document.getElementById('base').href = " + quote(base) + ";"
                    + "document.getElementById('doc').setAttribute('data-placeholder', " + quote(m.get("editor.placeholder")) + ");"
                    + "document.getElementById('doc').innerHTML = " + quote(html) + ";");
        } finally {
            applying = false;
        }
    }

    /** The editor's current HTML. */
    public String html() {
        return lastHtml;
    }

    private void changedInPage() {
        if (applying) {
            return;
        }
        Object html = script(WITHOUT_MARKS);
        lastHtml = html == null ? "" : html.toString();
        onChange.accept(lastHtml);
    }

    /** The editor's HTML without the marks of a search, which are the screen's and never saved. */
    private static final String WITHOUT_MARKS = "(function(){var d=document.getElementById('doc');"
            + "if(!d.querySelector('mark.cd-find'))return d.innerHTML;var c=d.cloneNode(true);"
            + "c.querySelectorAll('mark.cd-find').forEach(function(m){var p=m.parentNode;"
            + "while(m.firstChild)p.insertBefore(m.firstChild,m);p.removeChild(m);});return c.innerHTML;})()";

    /** Marks the matches of a search ([paragraph, start, end]), the current one outlined; an empty list takes them away. */
    public void markFound(java.util.List<int[]> ranges, int current) {
        if (ready) {
            org.copydesk.ui.fx.FindMarks.mark(engine, "#doc", ranges, current);
        }
    }

    /**
     * Puts a new body in place of the whole text as one editing step, so that one undo takes it back
     * (a replace-all).
     */
    public void replaceAll(String html) {
        if (!ready) {
            return;
        }
        markFound(java.util.List.of(), -1);
        script("var d=document.getElementById('doc');d.focus();var r=document.createRange();r.selectNodeContents(d);"
                + "var s=window.getSelection();s.removeAllRanges();s.addRange(r);");
        if (html.isBlank()) {
            script("document.execCommand('delete', false, null);");
        } else {
            script("document.execCommand('insertHTML', false, " + quote(html) + ");");
        }
        changedInPage();
    }

    /**
     * Loads again the pictures that could not be shown: an article's pictures are written beside
     * the preview's page when it is first made, which can be after the editor first asked for them.
     */
    public void reloadMissingImages() {
        if (ready) {
            script("document.querySelectorAll('#doc img').forEach(function(i){if(i.complete&&i.naturalWidth===0){"
                    + "var s=i.getAttribute('src');i.removeAttribute('src');i.setAttribute('src',s);}})");
        }
    }

    /** The words selected in the body, or empty. */
    public String selectedText() {
        Object s = ready ? script("window.getSelection().toString()") : null;
        return s == null ? "" : s.toString();
    }

    /** Runs one of the page's editing commands on the selection. */
    public void exec(String command, String value) {
        if (!ready) {
            return;
        }
        String arg = value == null ? "null" : quote(value);
        script("document.getElementById('doc').focus(); document.execCommand(" + quote(command) + ", false, " + arg + ");");
        changedInPage();
    }

    /** The block under the caret becomes 正文 (0), 二级标题 (2) or 三级标题 (3): the shortcuts' door to the toolbar's buttons. */
    public void block(int level) {
        exec("formatBlock", level == 2 ? "h2" : level == 3 ? "h3" : "p");
    }

    /** Asks for an address and links the selected words, as the toolbar's 链接 does. */
    public void link() {
        insertLink();
    }

    public void undo() {
        exec("undo", null);
    }

    public void redo() {
        exec("redo", null);
    }

    /**
     * Selects characters [start, end) of a body paragraph (offsets as the proofreading check gives
     * them) and scrolls them into view, leaving the keyboard where it is (a proofreader going down the
     * findings list keeps going); false when the paragraph no longer has that text there.
     */
    public boolean select(int paragraph, int start, int end, String expected) {
        return ranges(paragraph, start, end, expected, null);
    }

    /** Replaces the found text with a fix, as typing would (so undo takes it back). */
    public boolean replace(int paragraph, int start, int end, String expected, String replacement) {
        boolean done = ranges(paragraph, start, end, expected, replacement);
        if (done) {
            changedInPage();
        }
        return done;
    }

    private boolean ranges(int paragraph, int start, int end, String expected, String replacement) {
        if (!ready) {
            return false;
        }
        Object found = script(RANGES + "(" + paragraph + ", " + start + ", " + end + ", " + quote(expected) + ", "
                + (replacement == null ? "null" : quote(replacement)) + ")");
        if (found instanceof String) {
            if (replacement != null) {
                web.requestFocus();
            }
            return true;
        }
        return false;
    }

    private static final String RANGES = org.copydesk.ui.fx.FindMarks.paragraphsScript() + resource("body-ranges.js");

    private static String resource(String name) {
        try (InputStream in = BodyEditor.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String TABLE = resource("body-table.js");

    /** Inserts a table at the caret: a header row and two rows of three cells, the caret in the first header. */
    public void insertTable() {
        StringBuilder t = new StringBuilder("<table><thead><tr>");
        for (int i = 1; i <= 3; i++) {
            t.append("<th>").append(Entities.escape(m.get("editor.table.column", i))).append("</th>");
        }
        t.append("</tr></thead><tbody>");
        // a table goes between blocks, never inside a picture's figure or another table
        script("(function(){var s=window.getSelection();if(!s.rangeCount)return;var n=s.getRangeAt(0).startContainer;"
                + "if(n.nodeType!==1)n=n.parentNode;var outer=n.closest('#doc figure, #doc table');if(!outer)return;"
                + "var p=document.createElement('p');p.appendChild(document.createElement('br'));outer.parentNode.insertBefore(p,outer.nextSibling);"
                + "var r=document.createRange();r.setStart(p,0);r.collapse(true);s.removeAllRanges();s.addRange(r);})()");
        for (int r = 0; r < 2; r++) {
            t.append("<tr><td><br></td><td><br></td><td><br></td></tr>");
        }
        exec("insertHTML", t.append("</tbody></table><p><br></p>").toString());
    }

    /** A row or column added or taken away at the caret's cell ({@code row}, {@code column}, {@code deleteRow}, {@code deleteColumn}). */
    public boolean table(String op) {
        if (!ready) {
            return false;
        }
        boolean done = Boolean.TRUE.equals(script(TABLE + "(" + quote(op) + ")"));
        if (done) {
            changedInPage();
        }
        return done;
    }

    /**
     * Inserts a figure for a stored image at the caret, with its caption (图片说明) under it, empty
     * and marked for the editor to type into (署名 then makes words of it the credit).
     */
    public void insertImage(String name, String alt) {
        String figure = "<figure><img src=\"" + Entities.escape(name) + "\" alt=\"" + Entities.escape(alt) + "\">"
                + "<figcaption>" + Entities.escape(alt) + "</figcaption></figure><p><br></p>";
        exec("insertHTML", figure);
    }

    private Consumer<String> onLeadChosen = s -> { };

    /** Called with the name of the picture at the caret when 题图 is pressed. */
    public void setOnLeadChosen(Consumer<String> onLeadChosen) {
        this.onLeadChosen = onLeadChosen;
    }

    /** The article's own picture at the caret (in its figure, or selected), or null. */
    private String pictureAtCaret() {
        if (!ready) {
            return null;
        }
        Object src = script("(function(){var s=window.getSelection();if(!s.rangeCount)return null;var r=s.getRangeAt(0);"
                + "var n=r.startContainer;if(n.nodeType!==1)n=n.parentNode;"
                + "var img=n.tagName==='IMG'?n:(n.childNodes[r.startOffset]&&n.childNodes[r.startOffset].tagName==='IMG'?n.childNodes[r.startOffset]:null);"
                + "if(!img){var f=n.closest('figure');img=f?f.querySelector('img'):null;}"
                + "return img?img.getAttribute('src'):null;})()");
        String name = src == null ? null : src.toString();
        return name == null || name.contains("/") || name.contains(":") ? null : name;
    }

    private void chooseLead() {
        String name = pictureAtCaret();
        if (name != null) {
            onLeadChosen.accept(name);
        }
    }

    /** Outlines the lead picture in the editor (the outline is the editor's, not the body's). */
    public void showLead(String name) {
        if (!ready) {
            return;
        }
        String css = name == null || name.isEmpty() ? "" : "#doc img[src=\"" + name.replace("\"", "") + "\"]{outline:3px solid #e8590c;outline-offset:2px}";
        script("(function(c){var s=document.getElementById('cd-lead');if(!s){s=document.createElement('style');s.id='cd-lead';"
                + "document.head.appendChild(s);}s.textContent=c;})(" + quote(css) + ")");
    }

    /** The words selected in a caption become its credit (署名); false when the selection is not in a caption. */
    public boolean credit() {
        if (!ready) {
            return false;
        }
        Object done = script("(function(){var s=window.getSelection();if(!s.rangeCount||s.isCollapsed)return false;"
                + "var r=s.getRangeAt(0);var n=r.commonAncestorContainer;while(n&&n.nodeType!==1)n=n.parentNode;"
                + "if(!n||!n.closest('figcaption')||n.closest('small'))return false;var small=document.createElement('small');"
                + "small.appendChild(r.extractContents());r.insertNode(small);return true;})()");
        boolean ok = Boolean.TRUE.equals(done);
        if (ok) {
            changedInPage();
        }
        return ok;
    }

    /** Points every image of the body that shows {@code from} at {@code to} instead (a remote image saved into the article). */
    public boolean replaceImageSource(String from, String to) {
        Object n = script("(function(f,t){var n=0;document.querySelectorAll('#doc img').forEach(function(i){"
                + "if(i.getAttribute('src')===f){i.setAttribute('src',t);n++;}});return n;})(" + quote(from) + "," + quote(to) + ")");
        boolean done = n instanceof Number k && k.intValue() > 0;
        if (done) {
            changedInPage();
        }
        return done;
    }

    /** Takes every image that shows {@code src} out of the body, with its figure when the figure holds nothing else. */
    public boolean removeImage(String src) {
        Object n = script("(function(f){var n=0;document.querySelectorAll('#doc img').forEach(function(i){"
                + "if(i.getAttribute('src')!==f)return;var fig=i.closest('figure');"
                + "if(fig&&fig.querySelectorAll('img').length===1){fig.remove();}else{i.remove();}n++;});return n;})(" + quote(src) + ")");
        boolean done = n instanceof Number k && k.intValue() > 0;
        if (done) {
            changedInPage();
        }
        return done;
    }

    /** Inserts text at the caret, as typing would. */
    public void insertText(String text) {
        exec("insertText", text);
    }

    private void insertLink() {
        TextInputDialog dialog = new TextInputDialog("https://");
        dialog.setTitle(m.get("editor.link"));
        dialog.setHeaderText(m.get("editor.link.prompt"));
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        Optional<String> url = dialog.showAndWait();
        url.map(String::strip).filter(u -> !u.isEmpty()).ifPresent(u -> {
            String safe = safeLink.apply(u);
            if (safe == null) {
                return;
            }
            exec("createLink", safe);
        });
    }

    private void chooseImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("editor.image"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("editor.image.files"),
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp", "*.PNG", "*.JPG", "*.JPEG"));
        var file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            onImageChosen.accept(file.toPath());
        }
    }

    private Object script(String js) {
        return engine.executeScript(js);
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
