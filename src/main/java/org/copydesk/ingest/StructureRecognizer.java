package org.copydesk.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.domain.SiteProfile;
import org.copydesk.text.clean.Cleaner;

/**
 * Finds the parts of a news page among its lines, in the many ways Chinese pages write them:
 * navigation, breadcrumb (首页>要闻, 当前位置：首页 > 协商 > 正文), title, dateline (2021年05月13日
 * 08:43, 2021-05-13 08:43:00, 2021/5/13, 发布时间:…), source (来源, 稿源), author (作者, 记者, 文/),
 * editor (编辑, 责任编辑, 责编), keywords (关键词, 关键字, 标签), the body, and the furniture after it
 * (share line, promotions, related news, copyright). Lines are matched in cleaned form, so 要聞 and
 * 協(xié)商 count as 要闻 and 协商. What it cannot find it leaves empty; it never guesses.
 */
public final class StructureRecognizer {

    /** The parts found. {@code body} holds the indexes of the body lines, in order. */
    public static final class Result {
        public String title = "";
        public String subtitle = "";
        public String channel = "";
        public String channelSeen = "";
        public String source = "";
        public String author = "";
        public String editor = "";
        public LocalDateTime publishedAt;
        public List<String> keywords = new ArrayList<>();
        public final List<Integer> body = new ArrayList<>();
        /** Lines that hold metadata, whose cleaning counts in the report. */
        public final Set<Integer> metaLines = new LinkedHashSet<>();
        public int titleLine = -1;
        public int furniture;
    }

    private static final List<Pattern> FURNITURE = loadFurniture();
    private static final Pattern RELATED = Pattern.compile("^(相关|延伸|推荐|热点|热门|更多)(新闻|阅读|报道|链接|文章|推荐)");
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*[>＞»›/]\\s*");
    private static final Pattern DATE_CN = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:\\s*(\\d{1,2})\\s*[:：]\\s*(\\d{2})(?:\\s*[:：]\\s*(\\d{2}))?)?");
    private static final Pattern DATE_NUM = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)(?:\\s+(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?");
    private static final String LABEL_END = "(?=\\s{2,}|\\s*[|｜]|\\s+(?:来源|稿源|作者|记者|责任编辑|责编|编辑|发布时间|时间|关键词|关键字|标签|点击|浏览)|$)";
    private static final Pattern SOURCE = Pattern.compile("(?:来源|稿源|出处)\\s*[:：]\\s*(.+?)" + LABEL_END);
    private static final Pattern AUTHOR = Pattern.compile("(?:作者|撰稿)\\s*[:：]\\s*(.+?)" + LABEL_END);
    private static final Pattern REPORTER = Pattern.compile("^[(（]?\\s*记者\\s*[:：]?\\s*([\\p{IsHan}·]{2,4}(?:[\\s、,，]+[\\p{IsHan}·]{2,4}){0,3})\\s*[)）]?$");
    private static final Pattern REPORTER_IN_BODY = Pattern.compile("^[^（(]{0,12}[（(]\\s*记者\\s*([\\p{IsHan}·]{2,4}(?:[\\s、,，]+[\\p{IsHan}·]{2,4}){0,3})\\s*[）)]");
    private static final Pattern BYLINE = Pattern.compile("^文\\s*[/／]\\s*([\\p{IsHan}·]{2,4}(?:[\\s、,，]+[\\p{IsHan}·]{2,4}){0,3})$");
    private static final Pattern EDITOR = Pattern.compile("[(（\\[【]?\\s*(?:责任编辑|责编|编辑)\\s*[:：]\\s*(.+?)\\s*[)）\\]】]?" + LABEL_END);
    private static final Pattern KEYWORDS = Pattern.compile("^(?:关键词|关键字|标签|TAG|Tags?)\\s*[:：]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?:发布时间|发表时间|时间|日期)\\s*[:：]");
    private static final int META_LINE_MAX = 90;

    private final SiteProfile profile;
    private final Cleaner cleaner;

    public StructureRecognizer(SiteProfile profile, Cleaner cleaner) {
        this.profile = profile;
        this.cleaner = cleaner;
    }

    private static List<Pattern> loadFurniture() {
        try (InputStream in = StructureRecognizer.class.getResourceAsStream("/text/furniture.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing /text/furniture.txt");
            }
            List<Pattern> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(Pattern.compile(line.strip()));
                    }
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result recognise(List<PageLine> lines, Map<String, String> hints) {
        Result r = new Result();
        List<String> norm = new ArrayList<>(lines.size());
        for (PageLine l : lines) {
            norm.add(cleaner.clean(l.text()).strip());
        }
        boolean bodyStarted = false;
        boolean bodyEnded = false;
        boolean datelineSeen = false;
        int firstContent = -1;
        for (int i = 0; i < lines.size(); i++) {
            String s = norm.get(i);
            PageLine line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (Set.of("img", "pimg", "figure").contains(line.kind()) && !bodyEnded
                    && (bodyStarted || r.titleLine >= 0)) {
                // a lead picture right under the title starts the body
                bodyStarted = true;
                r.body.add(i);
                continue;
            }
            if (s.isEmpty()) {
                continue;
            }
            if (!bodyStarted && line.kind().equals("nav")) {
                r.furniture++;
                continue;
            }
            if (!bodyStarted && isNavigation(s)) {
                r.furniture++;
                continue;
            }
            if (!bodyStarted && breadcrumb(s, r)) {
                r.furniture++;
                continue;
            }
            if (!bodyStarted && line.kind().equals("links")) {
                r.furniture++;
                continue;
            }
            if (RELATED.matcher(s).find()) {
                bodyEnded = true;
                r.furniture += lines.size() - i;
                break;
            }
            if (isFurniture(s) || isPromo(s)) {
                r.furniture++;
                if (bodyStarted) {
                    bodyEnded = true;
                }
                continue;
            }
            boolean shortLine = s.length() <= META_LINE_MAX;
            if (shortLine && keywords(s, r)) {
                r.metaLines.add(i);
                if (bodyStarted) {
                    bodyEnded = true;
                }
                continue;
            }
            if (shortLine && (!bodyStarted || bodyEnded || isTrailerCandidate(s)) && metadata(s, r, !bodyStarted)) {
                r.metaLines.add(i);
                if (!bodyStarted && r.publishedAt != null) {
                    datelineSeen = true;
                }
                if (bodyStarted) {
                    bodyEnded = true;
                }
                continue;
            }
            if (bodyEnded) {
                r.furniture++;
                continue;
            }
            if (!bodyStarted && firstContent < 0) {
                firstContent = i;
            }
            if (!bodyStarted && isTitleCandidate(line, s) && r.titleLine < 0 && !datelineSeen) {
                r.titleLine = i;
                r.title = s;
                continue;
            }
            if (!bodyStarted && r.titleLine >= 0 && !datelineSeen && r.subtitle.isEmpty()
                    && (line.kind().equals("subtitle") || line.kind().equals("h2")) && s.length() <= 60) {
                r.subtitle = s;
                r.metaLines.add(i);
                continue;
            }
            bodyStarted = true;
            if (r.body.isEmpty() && r.author.isEmpty()) {
                Matcher m = REPORTER_IN_BODY.matcher(s);
                if (m.find()) {
                    r.author = names(m.group(1));
                }
            }
            r.body.add(i);
        }
        if (r.title.isEmpty() && hints.containsKey("title")) {
            r.title = titleFromHint(cleaner.clean(hints.get("title")).strip());
        }
        if (r.keywords.isEmpty() && hints.containsKey("keywords")) {
            r.keywords = splitKeywords(cleaner.clean(hints.get("keywords")));
        }
        return r;
    }

    private boolean isTitleCandidate(PageLine line, String s) {
        if (Set.of("h1", "title").contains(line.kind())) {
            return true;
        }
        return s.length() <= 64 && !s.matches(".*[。！？；]$") && !Set.of("li", "oli", "blockquote").contains(line.kind());
    }

    private static boolean isTrailerCandidate(String s) {
        return EDITOR.matcher(s).find() || s.startsWith("来源") || s.startsWith("作者") || s.startsWith("稿源");
    }

    /** A title from the page's {@code <title>}: the part before the site's name. */
    private String titleFromHint(String hint) {
        String[] parts = hint.split("\\s*(?:[-_|｜—]{1,2})\\s*");
        String best = parts[0];
        for (String p : parts) {
            if (p.contains(profile.siteName()) || profile.channelNames().contains(p)) {
                continue;
            }
            best = p;
            break;
        }
        return best.strip();
    }

    /** A navigation bar: mostly the profile's channel names (or the home label), one after another. */
    private boolean isNavigation(String s) {
        String[] tokens = s.split("[\\s|｜·]+");
        if (tokens.length < 4) {
            return false;
        }
        Set<String> known = new LinkedHashSet<>(profile.channelNames());
        known.add(profile.homeLabel());
        known.add("首页");
        int hits = 0;
        String joined = String.join("", tokens);
        for (String t : tokens) {
            if (known.contains(t)) {
                hits++;
            }
        }
        // "首 页" split by a stray space still names the home page
        if (joined.startsWith("首页") && !Arrays.asList(tokens).contains("首页")) {
            hits++;
        }
        return hits >= Math.max(3, (int) Math.ceil(tokens.length * 0.6));
    }

    /** 首页>要闻, 当前位置：首页 > 协商 > 正文: sets the channel from the first segment the profile knows. */
    private boolean breadcrumb(String s, Result r) {
        String t = s.replaceFirst("^(当前位置|您的位置|你的位置|位置)\\s*[:：]\\s*", "");
        if (!t.startsWith(profile.homeLabel()) && !t.startsWith("首页")) {
            return false;
        }
        String[] parts = CRUMB_SEPARATOR.split(t);
        if (parts.length < 2 || s.length() > 80) {
            return false;
        }
        for (int k = 1; k < parts.length; k++) {
            String part = parts[k].strip();
            if (part.isEmpty() || part.matches("正文(页)?|详情|详细|内容|文章")) {
                continue;
            }
            if (r.channelSeen.isEmpty()) {
                r.channelSeen = part;
            }
            Optional<String> c = matchChannel(part);
            if (c.isPresent()) {
                r.channel = c.get();
                r.channelSeen = part;
                return true;
            }
        }
        return true;
    }

    private Optional<String> matchChannel(String name) {
        for (String c : profile.channelNames()) {
            if (c.equals(name)) {
                return Optional.of(c);
            }
        }
        for (String c : profile.channelNames()) {
            if (name.endsWith(c) || (name.length() > 2 && c.startsWith(name))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private boolean isFurniture(String s) {
        for (Pattern p : FURNITURE) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    private boolean isPromo(String s) {
        String promo = cleaner.clean(profile.promoText()).replaceAll("[\\s>》]+$", "").strip();
        return !promo.isEmpty() && s.startsWith(promo);
    }

    private boolean keywords(String s, Result r) {
        Matcher m = KEYWORDS.matcher(s);
        if (!m.find()) {
            return false;
        }
        r.keywords = splitKeywords(m.group(1));
        return true;
    }

    static List<String> splitKeywords(String s) {
        List<String> out = new ArrayList<>();
        for (String k : s.split("[\\s,，;；、|｜]+")) {
            String w = k.strip();
            if (!w.isEmpty() && !out.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Source, author, editor and the publish time, wherever they sit on a short line. */
    private boolean metadata(String s, Result r, boolean inHeader) {
        boolean found = false;
        Matcher m = SOURCE.matcher(s);
        if (m.find() && r.source.isEmpty()) {
            r.source = m.group(1).strip();
            found = true;
        }
        m = AUTHOR.matcher(s);
        if (m.find() && r.author.isEmpty()) {
            r.author = names(m.group(1));
            found = true;
        }
        m = REPORTER.matcher(s);
        if (m.find() && r.author.isEmpty()) {
            r.author = names(m.group(1));
            found = true;
        }
        m = BYLINE.matcher(s);
        if (m.find() && r.author.isEmpty()) {
            r.author = names(m.group(1));
            found = true;
        }
        m = EDITOR.matcher(s);
        if (m.find() && r.editor.isEmpty()) {
            r.editor = m.group(1).replaceAll("[)）\\]】]+$", "").strip();
            found = true;
        }
        if (inHeader && r.publishedAt == null) {
            Optional<LocalDateTime> t = date(s);
            boolean labelled = PUBLISHED_LABEL.matcher(s).find();
            if (t.isPresent() && (found || labelled || startsWithDate(s) || s.length() <= 40)) {
                r.publishedAt = t.get();
                found = true;
            }
        }
        return found;
    }

    private static String names(String s) {
        return String.join(" ", s.strip().split("[\\s、,，]+"));
    }

    private static boolean startsWithDate(String s) {
        String t = s.replaceFirst("^(发布时间|发表时间|时间|日期)\\s*[:：]\\s*", "");
        return DATE_CN.matcher(t).lookingAt() || DATE_NUM.matcher(t).lookingAt();
    }

    static Optional<LocalDateTime> date(String s) {
        for (Pattern p : List.of(DATE_CN, DATE_NUM)) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                try {
                    int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
                    int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
                    int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                    return Optional.of(LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)), hour, minute, second));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The fields found, by the names of the article's fields, for the report. */
    public static Map<String, String> fields(Result r) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("title", r.title);
        out.put("channel", r.channel);
        out.put("publishedAt", r.publishedAt == null ? "" : r.publishedAt.toString());
        out.put("source", r.source);
        out.put("author", r.author);
        out.put("editor", r.editor);
        out.put("keywords", String.join(" ", r.keywords));
        return out;
    }
}
