package org.copydesk.domain;

import java.util.Arrays;

/** An image stored with an article; the body refers to it by {@link #name()}. */
public record ImageAsset(String name, String mediaType, byte[] data) {

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageAsset other && name.equals(other.name)
                && mediaType.equals(other.mediaType) && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(data);
    }

    /** True for an image address on another site (http://…, https://…, //…), which a page never loads. */
    public static boolean isRemote(String src) {
        String s = src.strip().toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("//") || s.startsWith("http:") || s.startsWith("https:") || s.startsWith("ftp:");
    }

    @Override
    public String toString() {
        return "ImageAsset[" + name + ", " + mediaType + ", " + data.length + " bytes]";
    }
}
