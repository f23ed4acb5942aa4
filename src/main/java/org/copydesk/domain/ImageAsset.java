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

    @Override
    public String toString() {
        return "ImageAsset[" + name + ", " + mediaType + ", " + data.length + " bytes]";
    }
}
