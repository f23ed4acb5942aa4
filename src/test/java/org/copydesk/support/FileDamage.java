package org.copydesk.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Damage as disks do it: a 4 KB page of a file overwritten with garbage. */
public final class FileDamage {

    public static final int PAGE = 4096;

    private FileDamage() {
    }

    /** Overwrites the page that holds the first copy of {@code marker}; false when the marker is not in the file. */
    public static boolean overwritePageWith(Path file, String marker, Random random) throws IOException {
        int at = indexOf(Files.readAllBytes(file), marker.getBytes(StandardCharsets.UTF_8));
        if (at < 0) {
            return false;
        }
        byte[] garbage = new byte[PAGE];
        random.nextBytes(garbage);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek((long) at / PAGE * PAGE);
            f.write(garbage);
        }
        return true;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
