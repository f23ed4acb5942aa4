package org.copydesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a text page ({@code .txt}): one line of the page per line of the file. */
public final class TextPageReader {

    private TextPageReader() {
    }

    public static RawPage read(byte[] bytes, String where) {
        TextDecoder.Decoded d = TextDecoder.decode(bytes, Optional.empty(), where);
        List<PageLine> lines = new ArrayList<>();
        for (String line : d.text().split("\\r?\\n|\\r")) {
            lines.add(PageLine.plain(line));
        }
        List<String> notes = new ArrayList<>();
        if (d.truncated()) {
            notes.add("truncated");
        }
        return new RawPage(d.charset(), lines, List.of(), Map.of(), notes);
    }
}
