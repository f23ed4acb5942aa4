package org.copydesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String SIMPLIFIED = "近年来，外交部国际司自觉用思想武装头脑，以党的政治建设为统领。";
    private static final String TRADITIONAL = "近年來，外交部國際司自覺用思想武裝頭腦，以黨的政治建設為統領。";

    @Test
    void utf8IsRecognisedWithOrWithoutBom() {
        byte[] bytes = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(bytes, Optional.empty(), "x").text()).isEqualTo(SIMPLIFIED);
        byte[] bom = new byte[bytes.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, bom, 3, bytes.length);
        assertThat(TextDecoder.decode(bom, Optional.empty(), "x").text()).isEqualTo(SIMPLIFIED);
    }

    @Test
    void gbkAndBig5AreToldApartByTheirCharacters() {
        var gbk = TextDecoder.decode(SIMPLIFIED.getBytes(Charset.forName("GBK")), Optional.empty(), "x");
        assertThat(gbk.text()).isEqualTo(SIMPLIFIED);
        assertThat(gbk.charset()).isEqualTo("GB18030");
        var big5 = TextDecoder.decode(TRADITIONAL.getBytes(Charset.forName("Big5")), Optional.empty(), "x");
        assertThat(big5.text()).isEqualTo(TRADITIONAL);
        assertThat(big5.charset()).startsWith("Big5");
    }

    @Test
    void aLyingDeclarationLosesToTheBytes() {
        var d = TextDecoder.decode(TRADITIONAL.getBytes(Charset.forName("Big5")), Optional.of("gb2312"), "x");
        assertThat(d.text()).isEqualTo(TRADITIONAL);
        var u = TextDecoder.decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_8), Optional.of("big5"), "x");
        assertThat(u.text()).isEqualTo(SIMPLIFIED);
    }

    @Test
    void theDeclarationSettlesATie() {
        byte[] ascii = "plain ascii page".getBytes(StandardCharsets.US_ASCII);
        assertThat(TextDecoder.decode(ascii, Optional.of("gbk"), "x").text()).isEqualTo("plain ascii page");
    }

    @Test
    void theDeclaredCharsetIsReadFromTheMetaTag() {
        byte[] html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">".getBytes(StandardCharsets.US_ASCII);
        assertThat(TextDecoder.declared(html)).contains("gb2312");
        assertThat(TextDecoder.declared("<meta charset='big5'>".getBytes(StandardCharsets.US_ASCII))).contains("big5");
    }

    @Test
    void commonCharactersScoreHigherThanAWrongReading() {
        byte[] big5 = TRADITIONAL.getBytes(Charset.forName("Big5"));
        String asGb = new String(big5, Charset.forName("GB18030"));
        assertThat(TextDecoder.commonness(TRADITIONAL)).isGreaterThan(0.95);
        assertThat(TextDecoder.commonness(asGb)).isLessThan(TextDecoder.commonness(TRADITIONAL));
    }
}
