package org.copydesk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Labelled articles written for the tests: each channel has its own sentences (a sports desk, a
 * health desk…), and articles mix a channel's sentences with sentences every channel shares, so
 * that telling channels apart takes learning, not one giveaway word.
 */
public final class LabelledCorpus {

    public static final Map<String, List<String>> SENTENCES = Map.of(
            "体育", List.of("主队在下半场连进两球，最终逆转取胜。", "这名运动员打破了全国纪录。", "联赛积分榜上两队只差一分。",
                    "教练在赛后发布会上表示队员拼尽了全力。", "马拉松比赛吸引了三万名跑者参加。", "女排姑娘们在决胜局中顶住了压力。"),
            "健康", List.of("医生提醒，冬季要注意预防流感。", "研究显示，规律运动有助于降低血压。", "这家医院开设了睡眠门诊。",
                    "专家建议每天摄入足够的蔬菜和水果。", "新的疫苗已经完成了临床试验。", "老年人要定期检查血糖和血脂。"),
            "教育", List.of("今年高考报名人数再创新高。", "学校开设了人工智能选修课。", "教师们参加了暑期培训。",
                    "校园图书馆延长了开放时间。", "家长会上老师介绍了学生的学习情况。", "大学新生开始军训。"),
            "汽车", List.of("这款新能源汽车的续航里程达到六百公里。", "车展上多家厂商发布了新车型。", "发动机的油耗比上一代降低了一成。",
                    "充电桩建设正在加快推进。", "二手车交易量同比增长。", "自动驾驶技术进入道路测试阶段。"));

    private static final List<String> SHARED = List.of("记者了解到，", "据介绍，", "相关负责人表示，这一做法值得推广。",
            "这一消息引起了广泛关注。", "活动现场气氛热烈。", "下一步还将继续推进相关工作。");

    private LabelledCorpus() {
    }

    /** A text of the channel: four of its own sentences and two shared ones, in random order. */
    public static String text(String channel, Random r) {
        List<String> parts = new ArrayList<>();
        List<String> own = SENTENCES.get(channel);
        for (int i = 0; i < 4; i++) {
            parts.add(own.get(r.nextInt(own.size())));
        }
        parts.add(SHARED.get(r.nextInt(SHARED.size())));
        parts.add(SHARED.get(r.nextInt(SHARED.size())));
        java.util.Collections.shuffle(parts, r);
        return String.join("", parts);
    }

    /** The reference profile with the corpus's channels (a general news desk) instead of its own. */
    public static org.copydesk.domain.SiteProfile newsDesk() {
        org.copydesk.domain.SiteProfile ref = org.copydesk.site.SiteProfiles.reference();
        List<org.copydesk.domain.Channel> channels = SENTENCES.keySet().stream().sorted()
                .map(c -> new org.copydesk.domain.Channel(c, "c" + Math.abs(c.hashCode()))).toList();
        return new org.copydesk.domain.SiteProfile("news", "新闻网", "首页", channels, "", "", ref.script(), ref.dateFormat(), 5,
                ref.templates(), ref.assets(), List.of(), null);
    }

    /** An archive the desk tagged: {@code perChannel} articles of each channel, each with the keyword 「channel新闻」. */
    public static List<org.copydesk.domain.NewArticle> tagged(int perChannel, Random r) {
        List<org.copydesk.domain.NewArticle> out = new ArrayList<>();
        for (int i = 0; i < perChannel; i++) {
            for (String c : SENTENCES.keySet()) {
                out.add(new org.copydesk.domain.NewArticle(new org.copydesk.domain.Article.Builder().title(c + "稿" + i).channel(c)
                        .keywords(List.of(c + "新闻")).bodyHtml("<p>" + text(c, r) + "</p>").build(), List.of()));
            }
        }
        return out;
    }
}
