package org.copydesk.markup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Problem;

/**
 * Reads image files for an article's body. The bytes decide what a file is, not its name: a file
 * that is not a PNG, JPEG, GIF or WebP image is refused. Stored images are named by their content,
 * so the same picture is stored once per article and a page's image links never change meaning.
 */
public final class Images {

    /** Larger images belong on a picture desk, not in a draft database. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private Images() {
    }

    /** True for a bare file name, which is how a body refers to an image stored with its article. */
    public static boolean isArticleImage(String src) {
        return !src.isEmpty() && !src.contains("/") && !src.contains(":") && !src.contains("\\");
    }

    public static ImageAsset read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new CopydeskException(Problem.FILE_NOT_FOUND, file);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new CopydeskException(Problem.IMAGE_TOO_LARGE, file, MAX_BYTES / (1024 * 1024));
            }
            return fromBytes(file.toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new CopydeskException(Problem.FILE_NOT_FOUND, file);
        } catch (IOException e) {
            throw new CopydeskException(Problem.FILE_NOT_READABLE, e, file, e.getMessage());
        }
    }

    /** An image from bytes (a file, a paste); {@code where} names it in an error message. */
    public static ImageAsset fromBytes(String where, byte[] data) {
        if (data.length > MAX_BYTES) {
            throw new CopydeskException(Problem.IMAGE_TOO_LARGE, where, MAX_BYTES / (1024 * 1024));
        }
        String[] kind = kind(data);
        if (kind == null) {
            throw new CopydeskException(Problem.NOT_AN_IMAGE, where);
        }
        return new ImageAsset(name(data) + "." + kind[0], kind[1], data);
    }

    /** The name of a picture's copy at another width: {@code abc.jpg} at 480 is {@code abc-w480.jpg}. */
    public static String widthName(String name, int width) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name + "-w" + width : name.substring(0, dot) + "-w" + width + name.substring(dot);
    }

    /** True for a picture that can be published at other widths (PNG, JPEG; an animation or WebP is kept as it is). */
    public static boolean resizable(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg");
    }

    /** The picture's width in pixels, read from its header; 0 when it cannot be read. */
    public static int width(byte[] data) {
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(data))) {
            java.util.Iterator<javax.imageio.ImageReader> readers = javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return 0;
            }
            javax.imageio.ImageReader r = readers.next();
            try {
                r.setInput(in);
                return r.getWidth(0);
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * The picture scaled down to {@code width} pixels, height in proportion, in its own format; the
     * bytes as they are when it is no wider, or cannot be read (the original is never lost).
     */
    public static byte[] resized(String name, byte[] data, int width) {
        try {
            java.awt.image.BufferedImage in = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(data));
            if (in == null || in.getWidth() <= width) {
                return data;
            }
            int height = Math.max(1, (int) Math.round(in.getHeight() * (double) width / in.getWidth()));
            boolean png = name.toLowerCase(java.util.Locale.ROOT).endsWith(".png");
            java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(width, height,
                    png ? java.awt.image.BufferedImage.TYPE_INT_ARGB : java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = out.createGraphics();
            try {
                g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(in, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            if (!javax.imageio.ImageIO.write(out, png ? "png" : "jpg", bytes)) {
                return data;
            }
            return bytes.toByteArray();
        } catch (IOException | RuntimeException e) {
            return data;
        }
    }

    /** File extension and media type from the file's first bytes, or null for anything else. */
    static String[] kind(byte[] d) {
        if (startsWith(d, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return new String[] {"png", "image/png"};
        }
        if (startsWith(d, 0xFF, 0xD8, 0xFF)) {
            return new String[] {"jpg", "image/jpeg"};
        }
        if (startsWith(d, 'G', 'I', 'F', '8')) {
            return new String[] {"gif", "image/gif"};
        }
        if (d.length >= 12 && startsWith(d, 'R', 'I', 'F', 'F') && d[8] == 'W' && d[9] == 'E' && d[10] == 'B' && d[11] == 'P') {
            return new String[] {"webp", "image/webp"};
        }
        return null;
    }

    private static boolean startsWith(byte[] d, int... prefix) {
        if (d.length < prefix.length + 4) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((d[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String name(byte[] data) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(data);
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
