package org.copydesk.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

class SqliteNativeTest {

    @TempDir
    Path cache;
    private byte[] expected;

    @BeforeEach
    void libraryInJar() throws IOException {
        String resource = "native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + System.mapLibraryName("sqlitejdbc");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            assumeTrue(in != null, "the driver carries a library for this platform");
            expected = in.readAllBytes();
        }
    }

    @Test
    void theLibraryIsCopiedOnceInAFolderNamedByTheDriverVersion() throws Exception {
        Path lib = SqliteNative.extract(cache);
        assertThat(lib.getParent().getFileName().toString()).startsWith("sqlite-" + SQLiteJDBCLoader.getVersion());
        assertThat(Files.readAllBytes(lib)).isEqualTo(expected);
        try (var files = Files.list(lib.getParent())) {
            assertThat(files).as("no partial copy left behind").containsExactly(lib);
        }

        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(lib, written);
        assertThat(SqliteNative.extract(cache)).isEqualTo(lib);
        assertThat(Files.getLastModifiedTime(lib)).as("a whole copy is not written again").isEqualTo(written);
    }

    @Test
    void aCutShortCopyIsReplaced() throws Exception {
        Path lib = SqliteNative.extract(cache);
        Files.write(lib, new byte[] {1, 2, 3});
        assertThat(SqliteNative.extract(cache)).isEqualTo(lib);
        assertThat(Files.readAllBytes(lib)).isEqualTo(expected);
    }

    @Test
    void aDamagedCopyOfTheSameSizeIsReplaced() throws Exception {
        Path lib = SqliteNative.extract(cache);
        byte[] damaged = expected.clone();
        damaged[damaged.length / 2] ^= 0x5a;
        Files.write(lib, damaged);
        assertThat(SqliteNative.extract(cache)).isEqualTo(lib);
        assertThat(Files.readAllBytes(lib)).isEqualTo(expected);
    }

    @Test
    void aFolderThatCannotBeWrittenIsAnError() throws Exception {
        Path file = cache.resolve("not-a-folder");
        Files.writeString(file, "x");
        assertThrows(IOException.class, () -> SqliteNative.extract(file));
    }
}
