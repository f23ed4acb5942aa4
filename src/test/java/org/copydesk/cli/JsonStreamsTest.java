package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.copydesk.app.Launcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output carries only what a command promises: every command that prints JSON, run as its
 * own process (as a script would) on every kind of file it reads, prints JSON that parses and
 * nothing else — whatever the libraries underneath (POI's Log4j, HanLP) would like to say.
 */
class JsonStreamsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static final List<Path> FILES = new ArrayList<>();

    @BeforeAll
    static void files() throws Exception {
        String page = "<html><head><meta charset=\"utf-8\"><title>图书馆夜间开放</title></head><body><h1>图书馆夜间开放</h1>"
                + "<p>图书馆延长开放时间，方便上班族借阅图书，受到读者欢迎。</p></body></html>";
        FILES.add(Files.writeString(dir.resolve("page.html"), page));
        FILES.add(Files.writeString(dir.resolve("page.htm"), page));
        FILES.add(Files.write(dir.resolve("page.shtml"), page.replace("utf-8", "gbk").getBytes(Charset.forName("GBK"))));
        FILES.add(Files.writeString(dir.resolve("note.txt"), "图书馆夜间开放\n\n图书馆延长开放时间，方便上班族借阅图书，受到读者欢迎。\n"));
        Path docx = dir.resolve("稿件.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText("委员建言图书馆夜间开放");
            doc.createParagraph().createRun().setText("图书馆延长开放时间，方便上班族借阅图书，受到读者欢迎。");
            doc.write(out);
        }
        FILES.add(docx);
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "--db", dir.resolve("desk.db").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(dir.resolve("err.txt").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void everyJsonCommandOnEveryKindOfFilePrintsOnlyJson() throws Exception {
        for (Path file : FILES) {
            for (String command : List.of("check", "suggest")) {
                Run r = run(command, file.toString(), "--json");
                assertThat(r.status()).as(command + " " + file.getFileName() + ": " + r.err()).isIn(0, 3);
                JsonNode parsed = JSON.readTree(r.out());
                assertThat(parsed.isObject()).as(command + " " + file.getFileName() + " printed:\n" + r.out()).isTrue();
                assertThat(r.out().strip()).startsWith("{").endsWith("}");
            }
        }
        Run imported = run("import", FILES.get(FILES.size() - 1).toString());
        assertThat(imported.out().strip()).as("import prints id<TAB>title only").matches("\\d+\\t.+");
        Run shown = run("show", imported.out().strip().split("\t")[0], "--json");
        assertThat(JSON.readTree(shown.out()).get("title").asText()).isEqualTo("委员建言图书馆夜间开放");
        Run batch = run("suggest", "--all", "--json");
        for (String line : batch.out().strip().split("\n")) {
            assertThat(JSON.readTree(line).has("id")).as(line).isTrue();
        }
    }
}
