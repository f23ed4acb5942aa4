package org.copydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copydesk.domain.Problem;
import org.copydesk.l10n.Messages;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
    }

    @Test
    void everyProblemHasAMessage() throws Exception {
        Properties zh = bundle("messages.properties");
        for (Problem p : Problem.values()) {
            assertThat(zh.getProperty("problem." + p.name())).as(p.name()).isNotBlank();
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws Exception {
        Properties zh = bundle("messages.properties");
        Pattern use = Pattern.compile("(?:\\bm|Messages\\.get\\(\\))\\.get\\(\"([a-zA-Z.]+)\"");
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".")) {
                        assertThat(zh.getProperty(key)).as(key + " in " + f).isNotNull();
                    }
                }
            }
        }
    }

    @Test
    void chineseUnlessTheLocaleAsksForEnglish() {
        Locale jvm = Locale.US;
        assertThat(Messages.interfaceLocale(Map.of(), jvm).getLanguage()).isEqualTo("zh");
        assertThat(Messages.interfaceLocale(Map.of("LANG", "C.UTF-8"), jvm).getLanguage()).isEqualTo("zh");
        assertThat(Messages.interfaceLocale(Map.of("LANG", "POSIX"), jvm).getLanguage()).isEqualTo("zh");
        assertThat(Messages.interfaceLocale(Map.of("LANG", "en_US.UTF-8"), jvm).getLanguage()).isEqualTo("en");
        assertThat(Messages.interfaceLocale(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "en_GB.UTF-8"), jvm).getLanguage()).isEqualTo("en");
        assertThat(Messages.interfaceLocale(Map.of("LANG", "zh_TW.UTF-8"), jvm).getLanguage()).isEqualTo("zh");
    }

    @Test
    void theInterfaceSpeaksTheChosenLanguage() {
        assertThat(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).get("menu.file")).isEqualTo("文件");
        assertThat(Messages.forLocale(Locale.ENGLISH).get("menu.file")).isEqualTo("File");
        assertThat(Messages.forLocale(Locale.GERMAN).get("menu.file")).isEqualTo("文件");
        assertThat(Messages.forLocale(Locale.ENGLISH).get("problem.ARTICLE_NOT_FOUND", "42")).isEqualTo("No article 42");
    }

    @Test
    void defaultPathsFollowThePlatform() {
        java.nio.file.Path home = java.nio.file.Path.of("/home/editor");
        assertThat(AppPaths.dataDir(Map.of(), "Linux", home)).isEqualTo(home.resolve(".local/share/copydesk"));
        assertThat(AppPaths.dataDir(Map.of("XDG_DATA_HOME", "/data"), "Linux", home)).isEqualTo(java.nio.file.Path.of("/data/copydesk"));
        assertThat(AppPaths.dataDir(Map.of(), "Mac OS X", home)).isEqualTo(home.resolve("Library/Application Support/Copydesk"));
    }
}
