package org.copydesk.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagesTest {

    @TempDir
    Path dir;

    private static byte[] png() throws Exception {
        var img = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void anImageIsNamedByItsContent() throws Exception {
        Path a = Files.write(dir.resolve("照片.PNG"), png());
        Path b = Files.write(dir.resolve("copy.png"), png());
        ImageAsset first = Images.read(a);
        assertThat(first.mediaType()).isEqualTo("image/png");
        assertThat(first.name()).matches("[0-9a-f]{16}\\.png");
        assertThat(Images.read(b).name()).isEqualTo(first.name());
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWhateverItsName() throws Exception {
        Path fake = Files.writeString(dir.resolve("photo.jpg"), "<html>这不是图片</html>");
        assertThatThrownBy(() -> Images.read(fake))
                .isInstanceOfSatisfying(CopydeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_AN_IMAGE);
                    assertThat(e.args()[0]).isEqualTo(fake.toString());
                });
    }

    @Test
    void aMissingFileIsReported() {
        assertThatThrownBy(() -> Images.read(dir.resolve("none.png")))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FILE_NOT_FOUND));
    }

    @Test
    void aPastedPictureLargerThanTheLimitIsRefusedWithTheLimit() {
        byte[] huge = new byte[(int) Images.MAX_BYTES + 1];
        huge[0] = (byte) 0x89;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PasteCleaner.fromImage(huge))
                .isInstanceOfSatisfying(org.copydesk.domain.CopydeskException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.problem()).isEqualTo(org.copydesk.domain.Problem.PASTED_IMAGE_TOO_LARGE));
    }
}
