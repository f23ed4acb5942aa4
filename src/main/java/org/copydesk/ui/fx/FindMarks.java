package org.copydesk.ui.fx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.web.WebEngine;

/**
 * The matches of a search, marked in a web view's page (the body editor, the preview) by paragraph
 * and offset, the current one outlined; the marks are the screen's, never part of what is saved.
 */
public final class FindMarks {

    private static final String PARAGRAPHS = resource("paragraphs.js");
    private static final String SCRIPT = PARAGRAPHS + resource("find-marks.js");

    /** The functions that read a page's paragraphs as the desk does, for a script to start with. */
    public static String paragraphsScript() {
        return PARAGRAPHS;
    }

    private FindMarks() {
    }

    /**
     * Marks {@code ranges} ([paragraph, start, end]) in the paragraphs under {@code rootSelector},
     * taking earlier marks away; {@code current} (an index into ranges, or -1) is outlined and shown.
     */
    public static int mark(WebEngine engine, String rootSelector, List<int[]> ranges, int current) {
        if (engine.getDocument() == null) {
            return 0;
        }
        StringBuilder js = new StringBuilder("[");
        for (int[] r : ranges) {
            js.append(js.length() > 1 ? "," : "").append('[').append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append(']');
        }
        js.append(']');
        Object n = engine.executeScript(SCRIPT + "('" + rootSelector.replace("'", "") + "', " + js + ", " + current + ")");
        return n instanceof Number k ? k.intValue() : 0;
    }

    /** Takes every mark away. */
    public static void clear(WebEngine engine, String rootSelector) {
        mark(engine, rootSelector, List.of(), -1);
    }

    private static String resource(String name) {
        try (InputStream in = FindMarks.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
