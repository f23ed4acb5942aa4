package org.copydesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.l10n.Messages;
import org.copydesk.markup.Sanitizer;
import org.copydesk.site.ArticleJson;

/**
 * Reads a {@code .jsonl} archive, one article a line, into sanitised drafts. The whole file is read
 * before anything is stored: one bad line rejects the file, named by its line number, so an archive
 * is never half imported.
 */
public final class JsonlImporter {

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    private JsonlImporter() {
    }

    public static List<Article> read(Path file) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Article> out = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                out.add(parseLine(file, lineNo, line));
            }
        } catch (NoSuchFileException e) {
            throw new CopydeskException(Problem.FILE_NOT_FOUND, file);
        } catch (CharacterCodingException e) {
            throw new CopydeskException(Problem.JSONL_BAD_LINE, e, file, lineNo + 1, Messages.get().get("jsonl.reason.not-utf8"));
        } catch (IOException e) {
            throw new CopydeskException(Problem.FILE_NOT_READABLE, e, file, e.getMessage());
        }
        if (out.isEmpty()) {
            throw new CopydeskException(Problem.JSONL_EMPTY, file);
        }
        return out;
    }

    private static Article parseLine(Path file, int lineNo, String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            // the place, not the parser's own words (which name its internals)
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new CopydeskException(Problem.JSONL_BAD_LINE, e, file, lineNo, Messages.get().get("jsonl.reason.not-json", column));
        }
        try {
            Article a = ArticleJson.fromJson(node);
            return a.toBuilder().bodyHtml(Sanitizer.clean(a.bodyHtml())).build();
        } catch (ArticleJson.InvalidArticle e) {
            throw new CopydeskException(Problem.JSONL_BAD_LINE, e, file, lineNo, e.getMessage());
        }
    }
}
