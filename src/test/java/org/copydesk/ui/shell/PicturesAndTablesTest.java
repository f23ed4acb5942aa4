package org.copydesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.support.FxTestSupport.await;
import static org.copydesk.support.FxTestSupport.fx;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import org.copydesk.support.AppWindowTest;
import org.copydesk.support.FxTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pasted picture with its caption and credit, and a table, made in the body editor and shown as the page. */
class PicturesAndTablesTest extends AppWindowTest {

    @TempDir
    Path dir;

    private Object editorScript(String js) {
        return fx(() -> robot.lookup("#body-editor").queryAs(WebView.class).getEngine().executeScript(js));
    }

    /** Puts the caret at the start of the first element matching {@code selector} in the body. */
    private void caretIn(String selector) {
        editorScript("(function(){var e=document.querySelector('#doc " + selector + "');document.getElementById('doc').focus();"
                + "var r=document.createRange();r.selectNodeContents(e);r.collapse(true);var s=window.getSelection();"
                + "s.removeAllRanges();s.addRange(r);})()");
    }

    @Test
    void aPastedPictureGetsACaptionAndACreditAndATableGrowsARow() throws Exception {
        start(FxTestSupport.options(dir));
        robot.clickOn("#tool-new");
        await("a new empty draft", 10, () -> robot.lookup("#title").queryAs(javafx.scene.control.TextInputControl.class).getText().isEmpty());
        robot.clickOn("#title").write("图片和表格");
        FxTestSupport.runFx(() -> {
            javafx.scene.image.WritableImage picture = new javafx.scene.image.WritableImage(40, 30);
            for (int x = 0; x < 40; x++) {
                for (int y = 0; y < 30; y++) {
                    picture.getPixelWriter().setArgb(x, y, 0xFF000000 | (x * 6 << 16) | (y * 8 << 8));
                }
            }
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putImage(picture);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn("#body-editor");
        robot.press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
        await("the pasted picture in the editor, with a caption to type into", 15,
                () -> ((Number) editorScript("document.querySelectorAll('#doc figure img').length")).intValue() == 1
                        && ((Number) editorScript("document.querySelectorAll('#doc figure figcaption').length")).intValue() == 1);
        caretIn("figcaption");
        robot.write("会场一角 新华社记者张三摄");
        // the keystrokes reach the page a moment after they are sent: the words are selected once they are all there
        await("the caption typed", 10, () -> "会场一角 新华社记者张三摄".equals(editorScript("document.querySelector('#doc figcaption').textContent")));
        // and taken up by the draft (the page shows it) before the words are selected
        await("the caption on the page", 20, () -> previewText(".body figcaption").equals("会场一角 新华社记者张三摄"));
        // the credit: the photographer's words selected, then 署名
        editorScript("(function(){var c=document.querySelector('#doc figcaption').firstChild;var t=c.nodeValue;var i=t.indexOf('新华社');"
                + "var r=document.createRange();r.setStart(c,i);r.setEnd(c,t.length);var s=window.getSelection();s.removeAllRanges();s.addRange(r);})()");
        robot.clickOn("#editor-credit");
        try {
            await("the caption and its credit on the page", 20, () -> previewText(".body figcaption small").equals("新华社记者张三摄")
                    && previewText(".body figcaption").startsWith("会场一角"));
        } catch (AssertionError e) {
            // what the editor and the page held when it gave up, to tell a lost selection from a slow page
            throw new AssertionError(e.getMessage() + "; editor: " + editorScript("document.querySelector('#doc figcaption').outerHTML")
                    + "; page: " + previewText(".body figcaption"), e);
        }
        assertThat(fx(() -> robot.lookup("#preview").queryAs(WebView.class).getEngine()
                .executeScript("document.querySelector('.body figure img').naturalWidth").toString())).isEqualTo("40");

        // a table: a header row and two rows, typed into, then a row more
        editorScript("(function(){var d=document.getElementById('doc');d.focus();var r=document.createRange();r.selectNodeContents(d);"
                + "r.collapse(false);var s=window.getSelection();s.removeAllRanges();s.addRange(r);})()");
        robot.clickOn("#editor-table");
        await("a table in the editor", 10, () -> ((Number) editorScript("document.querySelectorAll('#doc table tr').length")).intValue() == 3);
        caretIn("tbody td");
        robot.write("东城区");
        robot.clickOn("#editor-tableRow");
        await("a row more", 10, () -> ((Number) editorScript("document.querySelectorAll('#doc table tr').length")).intValue() == 4);
        robot.write("西城区");
        await("the table on the page", 20, () -> previewText(".body table tbody tr:nth-child(1) td").equals("东城区")
                && previewText(".body table tbody tr:nth-child(2) td").equals("西城区")
                && previewText(".body table thead th").equals("列1"));
        FxTestSupport.snapshotIfAsked(fx(() -> robot.lookup("#body-editor").query().getScene()), "pictures-and-tables");
    }
}
