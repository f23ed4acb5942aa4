package org.copydesk.text.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.copydesk.domain.Channel;
import org.copydesk.domain.ChannelSuggestion;
import org.copydesk.domain.KeywordSuggestion;
import org.copydesk.site.SiteProfiles;
import org.copydesk.support.LabelledCorpus;
import org.junit.jupiter.api.Test;

class TaggingTest {

    private static List<ChannelClassifier.Example> examples(int perChannel, long seed) {
        Random r = new Random(seed);
        List<ChannelClassifier.Example> out = new ArrayList<>();
        for (int i = 0; i < perChannel; i++) {
            for (String c : LabelledCorpus.SENTENCES.keySet()) {
                out.add(new ChannelClassifier.Example(LabelledCorpus.text(c, r), c));
            }
        }
        return out;
    }

    @Test
    void theClassifierLearnsTheDesksChannelsAndGeneralisesToUnseenArticles() {
        ChannelClassifier model = ChannelClassifier.train(examples(20, 1));
        int right = 0;
        List<ChannelClassifier.Example> unseen = examples(10, 2);
        for (ChannelClassifier.Example e : unseen) {
            ChannelSuggestion s = model.classify(e.text(), 0.5);
            if (s.ranked().get(0).name().equals(e.channel())) {
                right++;
            }
            assertThat(s.ranked()).hasSizeLessThanOrEqualTo(3);
            assertThat(s.ranked().stream().mapToDouble(ChannelSuggestion.Guess::confidence).sum()).isLessThanOrEqualTo(1.0001);
        }
        assertThat(right / (double) unseen.size()).isGreaterThan(0.9);
    }

    @Test
    void bothMethodsLearnAndTwoChannelsAreEnough() {
        List<ChannelClassifier.Example> unseen = examples(10, 2);
        for (ChannelClassifier.Method method : ChannelClassifier.Method.values()) {
            ChannelClassifier model = ChannelClassifier.train(examples(20, 1), method);
            long right = unseen.stream().filter(e -> model.classify(e.text(), 0.5).ranked().get(0).name().equals(e.channel())).count();
            assertThat(right / (double) unseen.size()).as(method.name()).isGreaterThan(0.9);
        }
        // two channels: the model learns one direction and must score both
        List<String> two = List.copyOf(LabelledCorpus.SENTENCES.keySet()).subList(0, 2);
        ChannelClassifier pair = ChannelClassifier.train(examples(20, 1).stream().filter(e -> two.contains(e.channel())).toList());
        for (String c : two) {
            String text = LabelledCorpus.text(c, new Random(9));
            assertThat(pair.classify(text, 0.5).ranked().get(0).name()).isEqualTo(c);
        }
    }

    @Test
    void aChannelWithTwoArticlesBesideOneWithHundredsIsStillSuggestedForItsOwnCopy() {
        List<String> names = List.copyOf(LabelledCorpus.SENTENCES.keySet());
        String rare = names.get(0);
        List<ChannelClassifier.Example> lopsided = new ArrayList<>(examples(60, 3).stream().filter(e -> !e.channel().equals(rare)).toList());
        lopsided.add(new ChannelClassifier.Example(LabelledCorpus.text(rare, new Random(4)), rare));
        lopsided.add(new ChannelClassifier.Example(LabelledCorpus.text(rare, new Random(5)), rare));
        ChannelClassifier model = ChannelClassifier.train(lopsided);
        assertThat(model.classes()).contains(rare);
        ChannelSuggestion s = model.classify(LabelledCorpus.text(rare, new Random(6)), 0.5);
        assertThat(s.ranked().stream().map(ChannelSuggestion.Guess::name).toList()).contains(rare);
    }

    @Test
    void aTextsStrongestFeaturesAreExactlyItsLargestWeights() {
        Random r = new Random(8);
        for (int round = 0; round < 200; round++) {
            double[] x = new double[r.nextInt(60)];
            for (int j = 0; j < x.length; j++) {
                // ties on purpose: weights from a few levels
                x[j] = r.nextInt(7) / 7.0;
            }
            int max = 1 + r.nextInt(20);
            int[] picked = ChannelClassifier.strongest(x, max);
            double[] sorted = x.clone();
            java.util.Arrays.sort(sorted);
            assertThat(picked).hasSize(Math.min(max, x.length)).doesNotHaveDuplicates();
            double[] pickedValues = java.util.Arrays.stream(picked).mapToDouble(j -> x[j]).sorted().toArray();
            double[] largest = java.util.Arrays.copyOfRange(sorted, sorted.length - picked.length, sorted.length);
            assertThat(pickedValues).containsExactly(largest);
        }
    }

    @Test
    void itSaysItIsUnsureRatherThanGuessing() {
        ChannelClassifier model = ChannelClassifier.train(examples(20, 1));
        ChannelSuggestion s = model.classify("据介绍，这一消息引起了广泛关注。", 0.5);
        assertThat(s.unsure()).isTrue();
        assertThat(s.best()).isEmpty();
        ChannelSuggestion sure = model.classify("主队在下半场连进两球，最终逆转取胜。联赛积分榜上两队只差一分。", 0.5);
        assertThat(sure.best()).hasValueSatisfying(g -> assertThat(g.name()).isEqualTo("体育"));
        assertThat(model.classify("", 0.5).unsure()).isTrue();
    }

    @Test
    void aSavedModelReadsBackAndADamagedOneIsRefused() throws IOException {
        ChannelClassifier model = ChannelClassifier.train(examples(20, 1));
        byte[] bytes = model.toBytes();
        ChannelClassifier back = ChannelClassifier.fromBytes(bytes);
        String text = LabelledCorpus.text("健康", new Random(5));
        assertThat(back.classify(text, 0.5)).isEqualTo(model.classify(text, 0.5));
        byte[] damaged = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        assertThatThrownBy(() -> ChannelClassifier.fromBytes(damaged)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ChannelClassifier.fromBytes("not a model".getBytes())).isInstanceOf(IOException.class);
    }

    @Test
    void oneChannelIsNotEnoughToLearnFrom() {
        assertThatThrownBy(() -> ChannelClassifier.train(List.of(new ChannelClassifier.Example("文字", "体育"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewDeskFallsBackOnTheProfilesCueWords() {
        List<Channel> channels = SiteProfiles.reference().channels();
        ChannelSuggestion s = CueClassifier.classify("区人民法院依法审理了这起案件，检察机关提起公诉，法院当庭判决。", channels, 0.5);
        assertThat(s.best()).hasValueSatisfying(g -> assertThat(g.name()).isEqualTo("法治"));
        assertThat(s.basis()).isEqualTo("cues");
        assertThat(CueClassifier.classify("今天天气不错。", channels, 0.5).unsure()).isTrue();
    }

    @Test
    void keywordsAreContentWordsWithReasons() {
        String body = "图书馆延长开放时间。图书馆每晚开放到九点，读者可以在图书馆自习。社区居民对图书馆的新安排表示欢迎。"
                + "2021年，图书馆接待读者十万人次。";
        List<KeywordSuggestion> k = KeywordExtractor.suggest("社区图书馆延长开放", body, 5, DocumentFrequencies.empty(), Map.of());
        assertThat(k).isNotEmpty();
        assertThat(k.get(0).word()).isEqualTo("图书馆");
        assertThat(k.get(0).score()).isEqualTo(1.0);
        assertThat(k.get(0).occurrences()).isEqualTo(6);
        assertThat(k.get(0).inTitle()).isTrue();
        assertThat(k).allSatisfy(x -> {
            assertThat(x.word().length()).isGreaterThan(1);
            assertThat(x.word()).doesNotContainPattern("^\\d+$");
        });
        assertThat(k).extracting(KeywordSuggestion::word).doesNotContain("的", "可以", "2021", "九点");
    }

    @Test
    void keywordsAreWholeWordsNeverFragmentsAcrossWordBoundaries() {
        String body = "社区医院为老人做上体检，做上体检的老人越来越多。图书馆开放时间延长至晚上十点，开放至晚上十点后仍有读者。"
                + "国际司党总支召开会议，国际司党总支书记讲话。东城区和西城区的居民都来了，西城区和东城区的志愿者也来了。";
        List<String> words = KeywordExtractor.suggest("国际司党总支开展志愿服务", body, 20, DocumentFrequencies.empty(), Map.of())
                .stream().map(KeywordSuggestion::word).toList();
        assertThat(words).doesNotContain("上体", "做上体检", "至晚上十点", "晚上十点", "司党总支", "区和", "城区和西城区")
                .contains("体检", "党总支", "图书馆");
        // the word the segmenter cut from the wrong place is not a term, nor any run through it
        assertThat(TermCounter.count(body, java.util.Set.of()).counts()).doesNotContainKeys("上体", "做上体检", "至晚上十点", "司党总支");
    }

    @Test
    void theDesksOwnKeywordsArePreferred() {
        Segmenter.addWords(List.of("停车难"));
        String body = "居民议事会讨论了加装电梯和停车难问题。加装电梯方案获得通过，停车难问题下次再议。";
        List<KeywordSuggestion> plain = KeywordExtractor.suggest("", body, 3, DocumentFrequencies.empty(), Map.of());
        List<KeywordSuggestion> desk = KeywordExtractor.suggest("", body, 3, DocumentFrequencies.empty(), Map.of("停车难", 12));
        assertThat(desk.get(0).word()).isEqualTo("停车难");
        assertThat(desk.get(0).deskUses()).isEqualTo(12);
        assertThat(plain).extracting(KeywordSuggestion::word).isNotEmpty();
    }

    @Test
    void relatedArticlesShareTheirTermsAndTheChannelCounts() {
        RelatedIndex index = new RelatedIndex();
        index.put(1, "社会", Map.of("加装电梯", 5, "老旧小区", 3, "居民", 2), List.of("加装电梯"));
        index.put(2, "社会", Map.of("加装电梯", 2, "居民", 4, "物业", 2), List.of());
        index.put(3, "协商", Map.of("加装电梯", 2, "居民", 4, "物业", 2), List.of());
        index.put(4, "法治", Map.of("法院", 5, "判决", 3), List.of());
        List<RelatedIndex.Hit> hits = index.related(9, "社会", Map.of("加装电梯", 4, "老旧小区", 2, "居民", 2), List.of(), 5);
        assertThat(hits).extracting(RelatedIndex.Hit::id).containsExactly(1L, 2L, 3L);
        index.remove(1);
        assertThat(index.related(9, "社会", Map.of("加装电梯", 4), List.of(), 5)).extracting(RelatedIndex.Hit::id).doesNotContain(1L);
        assertThat(index.frequencies().documents()).isEqualTo(3);
        assertThat(index.frequencies().df("物业")).isEqualTo(2);
    }

    @Test
    void theGeneralCorpusRatesEverydayWordsBelowTellingOnesAndAWordItLacksAtItsMedian() {
        GeneralIdf general = GeneralIdf.shipped();
        assertThat(general.idf("工作")).isLessThan(general.idf("政治")).isLessThan(general.idf("电梯")).isLessThan(general.idf("锂离子"));
        // the table's median for what it lacks: a longer phrase, a name it never saw, Latin letters
        double median = general.idf("循环肿瘤细胞");
        assertThat(median).isGreaterThan(general.idf("锂离子"));
        assertThat(general.idf("国际司党总支")).isEqualTo(median);
        assertThat(general.idf("COVID")).isEqualTo(median);
        assertThat(general.scaled("工作")).isBetween(0.0, 1.0);
        assertThat(DocumentFrequencies.empty().idf("工作")).isLessThan(DocumentFrequencies.empty().idf("电梯"));
    }

    @Test
    void theChannelModelLearnsTheSameWeightsEveryTime() {
        // the channels are learned side by side with the calibration probe: each solver keeps its own
        // random order, so the threads' timing changes nothing
        // a fifth of the labels wrong, so that the solver's order shows in where it stops
        List<ChannelClassifier.Example> examples = new ArrayList<>(examples(40, 2));
        Random r = new Random(6);
        for (int i = 0; i < examples.size(); i += 5) {
            examples.set(i, new ChannelClassifier.Example(examples.get(i).text(), examples.get(r.nextInt(examples.size())).channel()));
        }
        byte[] first = ChannelClassifier.train(examples).toBytes();
        for (int i = 0; i < 5; i++) {
            assertThat(ChannelClassifier.train(examples).toBytes()).isEqualTo(first);
        }
    }

    @Test
    void anArchivePutInAtOnceIsTheSameIndexAsItsArticlesOneByOne() {
        List<RelatedIndex.Entry> archive = List.of(
                new RelatedIndex.Entry(1, "社会", Map.of("加装电梯", 5, "老旧小区", 3, "居民", 2), List.of("加装电梯")),
                new RelatedIndex.Entry(2, "社会", Map.of("加装电梯", 2, "居民", 4, "物业", 2), List.of()),
                new RelatedIndex.Entry(3, "协商", Map.of("居民", 4, "物业", 2), List.of()),
                // the same article again, changed: the later state stands, counted once
                new RelatedIndex.Entry(3, "协商", Map.of("加装电梯", 2, "居民", 4, "物业", 2), List.of()),
                new RelatedIndex.Entry(4, "法治", Map.of("法院", 5, "判决", 3), List.of()));
        RelatedIndex whole = new RelatedIndex();
        whole.putAll(archive);
        RelatedIndex single = new RelatedIndex();
        archive.forEach(e -> single.put(e.id(), e.channel(), e.counts(), e.keywords()));
        Map<String, Integer> query = Map.of("加装电梯", 4, "老旧小区", 2, "居民", 2);
        assertThat(whole.related(9, "社会", query, List.of(), 5)).extracting(RelatedIndex.Hit::id).containsExactly(1L, 2L, 3L);
        assertThat(whole.related(9, "社会", query, List.of(), 5)).isEqualTo(single.related(9, "社会", query, List.of(), 5));
        assertThat(whole.size()).isEqualTo(4);
        assertThat(whole.df("加装电梯")).isEqualTo(3);
        assertThat(whole.df("物业")).isEqualTo(2);
        // an article put in again replaces itself in the index
        whole.putAll(List.of(new RelatedIndex.Entry(1, "法治", Map.of("法院", 2), List.of())));
        assertThat(whole.df("加装电梯")).isEqualTo(2);
        assertThat(whole.related(9, "法治", Map.of("法院", 1), List.of(), 5)).extracting(RelatedIndex.Hit::id).containsExactlyInAnyOrder(1L, 4L);
    }
}
