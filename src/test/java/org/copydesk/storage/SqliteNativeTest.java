package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

class SqliteNativeTest {

    @TempDir
    Path cache;

    private static byte[] libraryInJar() throws Exception {
        String resource = "native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + System.mapLibraryName("sqlitejdbc");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    @Test
    void theLibraryIsCopiedOnceInAFolderNamedByTheDriverVersion() throws Exception {
        byte[] expected = libraryInJar();
        Path lib = SqliteNative.extract(cache);
        if (expected == null) {
            assertThat(lib).isNull();
            return;
        }
        assertThat(lib).isNotNull();
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
        byte[] expected = libraryInJar();
        Path lib = SqliteNative.extract(cache);
        if (expected == null) {
            return;
        }
        Files.write(lib, new byte[] {1, 2, 3});
        assertThat(SqliteNative.extract(cache)).isEqualTo(lib);
        assertThat(Files.readAllBytes(lib)).isEqualTo(expected);
    }

    @Test
    void aDamagedCopyOfTheSameSizeIsReplaced() throws Exception {
        byte[] expected = libraryInJar();
        Path lib = SqliteNative.extract(cache);
        if (expected == null) {
            return;
        }
        byte[] damaged = expected.clone();
        damaged[damaged.length / 2] ^= 0x5a;
        Files.write(lib, damaged);
        assertThat(SqliteNative.extract(cache)).isEqualTo(lib);
        assertThat(Files.readAllBytes(lib)).isEqualTo(expected);
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheDriverToItsOwnCopy() throws Exception {
        Path file = cache.resolve("not-a-folder");
        Files.writeString(file, "x");
        if (libraryInJar() == null) {
            return;
        }
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> SqliteNative.extract(file));
    }
}
