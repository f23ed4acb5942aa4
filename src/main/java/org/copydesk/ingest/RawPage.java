package org.copydesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.ImageAsset;

/**
 * What a reader got out of a file before anything is recognised or cleaned: its lines in reading
 * order, the images its lines refer to (by stored name), hints from the file's own metadata
 * (an HTML {@code <title>}, meta keywords), and notes for the report.
 */
public record RawPage(String charset, List<PageLine> lines, List<ImageAsset> images, Map<String, String> hints,
                      List<String> notes) {

    public RawPage {
        lines = List.copyOf(lines);
        images = List.copyOf(images);
        hints = Map.copyOf(hints);
        notes = new ArrayList<>(notes);
    }
}
