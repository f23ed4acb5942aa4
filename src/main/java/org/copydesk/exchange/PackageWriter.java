package org.copydesk.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Problem;

/**
 * Writes a package: a zip of the manifest, one JSON document per article and the images. The file
 * appears whole or not at all (written beside its name, then moved into place).
 */
public final class PackageWriter {

    private PackageWriter() {
    }

    /** Writes the articles into {@code out}; returns its size in bytes. */
    public static long write(Path out, String site, Instant created, List<PackedArticle> articles) {
        Path target = out.toAbsolutePath();
        Path tmp = null;
        try {
            Path dir = target.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (OutputStream file = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(file)) {
                put(zip, PackageFormat.MANIFEST, PackageFormat.JSON.writeValueAsBytes(PackageFormat.manifest(site, created,
                        articles.stream().map(a -> a.article().uuid()).toList())));
                for (PackedArticle a : articles) {
                    put(zip, PackageFormat.articleEntry(a.article().uuid()), PackageFormat.JSON.writeValueAsBytes(PackageFormat.article(a)));
                    for (ImageAsset img : a.images()) {
                        put(zip, PackageFormat.imageEntry(a.article().uuid(), img.name()), img.data());
                    }
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return Files.size(target);
        } catch (IOException e) {
            throw failure(target, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // the temporary file is beside the target; a leftover is harmless
                }
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    private static CopydeskException failure(Path target, IOException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("No space left") || (e instanceof FileSystemException f && String.valueOf(f.getReason()).contains("No space left"))) {
            return new CopydeskException(Problem.DISK_FULL, e, target);
        }
        return new CopydeskException(Problem.EXPORT_FAILED, e, target, msg);
    }
}
