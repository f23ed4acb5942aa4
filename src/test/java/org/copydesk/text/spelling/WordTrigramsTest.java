package org.copydesk.text.spelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordTrigramsTest {

    /**
     * A bigram model laid out by hand as SunPinyin lays its files out: 甲 (0.5) and 乙 (0.3) under
     * the root, 乙 after 甲 at 0.9; back-off weights 0.2 for 甲, 0.5 for the root, whose own
     * probability (for a word it does not know, 丙) is 0.01.
     */
    private static WordTrigrams tiny() {
        int[] sizes = {2, 3, 1};
        ByteBuffer b = ByteBuffer.allocate(4 * 5 + 4 * (65536 + 16384) + 12 * 5 + 8).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(2).putInt(0);
        for (int s : sizes) {
            b.putInt(s);
        }
        float[] pr = new float[65536];
        pr[1] = 0.5f;
        pr[2] = 0.3f;
        pr[3] = 0.01f;
        pr[40000] = 0.9f; // an index above 14 bits, so the leaf's high bits are read too
        float[] bow = new float[16384];
        bow[0] = 1f;
        bow[1] = 0.2f;
        bow[2] = 0.4f;
        bow[3] = 0.5f;
        for (float f : pr) {
            b.putFloat(f);
        }
        for (float f : bow) {
            b.putFloat(f);
        }
        node(b, 0, 3, 3, 0, 0, 0); // the root: children 0..2 of level 1
        node(b, 0, 0, 0, 2, 0, 0);
        node(b, 100, 1, 1, 0, 0, 0); // 甲: its one child is leaf 0
        node(b, 101, 2, 2, 1, 0, 0); // 乙: no children
        node(b, 0, 0, 0, 1, 0, 0);
        int leafPr = 40000;
        b.putInt(101 | (leafPr & 0x3FFF) << 18); // 甲 乙, backing off to 乙 (level 1, node 1)
        b.putInt(1 | 1 << 23 | (leafPr >>> 14) << 30);
        b.flip();
        StringBuilder lexicon = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            lexicon.append('\n');
        }
        lexicon.append("甲\n乙\n丙\n");
        return WordTrigrams.parse(b, WordTrigrams.WordIds.read(lexicon.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void node(ByteBuffer b, int wid, int bowIndex, int prIndex, int child, int bon, int bol) {
        b.putInt(wid | bowIndex << 18);
        b.putInt(prIndex | (child & 0xFFFF) << 16);
        b.putInt(bon | bol << 23 | (child >>> 16) << 25);
    }

    @Test
    void aWordIsReadAfterItsHistoryAndBacksOffWhereTheModelHasNoPair() {
        WordTrigrams m = tiny();
        int jia = m.id("甲", 0, 1);
        int yi = m.id("乙", 0, 1);
        int bing = m.id("丙", 0, 1);
        assertThat(new int[] {jia, yi, bing}).containsExactly(100, 101, 102);
        long[] state = new long[1];
        assertThat(m.next(WordTrigrams.START, jia, state)).isCloseTo(Math.log(0.5), within(1e-6));
        long afterJia = state[0];
        assertThat(afterJia).as("甲 has a child: it is a history").isNotEqualTo(WordTrigrams.START);
        assertThat(m.next(afterJia, yi, state)).isCloseTo(Math.log(0.9), within(1e-6));
        // 甲 甲 is not in the model: 甲's back-off weight, then 甲 from the root
        assertThat(m.next(afterJia, jia, state)).isCloseTo(Math.log(0.2 * 0.5), within(1e-6));
        // a word the model does not know: the root's back-off weight and its own probability
        assertThat(m.next(WordTrigrams.START, bing, state)).isCloseTo(Math.log(0.5 * 0.01), within(1e-6));
        assertThat(state[0]).isEqualTo(WordTrigrams.START);
        assertThat(m.unigram(yi)).isCloseTo(Math.log(0.3), within(1e-6));
        assertThat(m.score("甲乙", 0, 2, false, false)).isCloseTo(Math.log(0.5 * 0.9), within(1e-6));
        assertThat(m.score("甲丁", 0, 2, false, false)).as("丁 is not in the lexicon")
                .isCloseTo(Math.log(0.5) + WordTrigrams.UNKNOWN, within(1e-6));
    }

    @Test
    void aDamagedModelFileSaysWhatIsWrong() {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(7).flip();
        WordTrigrams.WordIds none = WordTrigrams.WordIds.read(new byte[0]);
        assertThatThrownBy(() -> WordTrigrams.parse(b, none)).hasMessageContaining("N = 7");
        ByteBuffer cut = ByteBuffer.allocate(4 * 6 + 4 * (65536 + 16384) + 10).order(ByteOrder.LITTLE_ENDIAN);
        cut.putInt(3).putInt(0).putInt(2).putInt(10).putInt(10).putInt(10);
        cut.position(0);
        assertThatThrownBy(() -> WordTrigrams.parse(cut, none)).hasMessageContaining("its levels say");
    }

    @Test
    void theShippedModelKnowsWrittenChinese() {
        WordTrigrams m = WordTrigrams.shipped();
        assertThat(m.id("中国", 0, 2)).isNotNegative();
        assertThat(m.words().lookup("中华人民共", 0, 5)).as("begins a word").isEqualTo(WordTrigrams.WordIds.PREFIX);
        assertThat(m.words().lookup("中华人民共和国", 0, 7)).isNotNegative();
        assertThat(m.words().lookup("乑乑", 0, 2)).isEqualTo(WordTrigrams.WordIds.NONE);
        assertThat(m.words().longest()).isGreaterThan(4);
        assertThat(m.score("中华人民共和国成立了", 0, 10, true, false)).isGreaterThan(m.score("中华人民共合国成立了", 0, 10, true, false) + 5);
        // what comes before counts: 的 after 我们 is likelier than 的 from nowhere
        long[] state = new long[1];
        m.next(WordTrigrams.START, m.id("我们", 0, 2), state);
        assertThat(m.next(state[0], m.id("的", 0, 1), new long[1])).isGreaterThan(m.unigram(m.id("的", 0, 1)) + 0.5);
    }

    @Test
    void wordsOfTheSameSoundAreWhatAnInputMethodOffers() {
        SoundAlikes a = SoundAlikes.shipped();
        var r = SoundAlikes.readings("公称");
        assertThat(pairs(a.words(r[0], r[1]))).contains("工程", "攻城");
        assertThat(new String(a.chars(SoundAlikes.readings("欲")[0]))).contains("裕").contains("育");
        assertThat(a.chars(null)).isEmpty();
    }

    private static java.util.List<String> pairs(char[] p) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < p.length; i += 2) {
            out.add(new String(p, i, 2));
        }
        return out;
    }
}
