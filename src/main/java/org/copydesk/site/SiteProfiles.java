package org.copydesk.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.domain.Channel;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.domain.ReviewRules;
import org.copydesk.domain.Round;
import org.copydesk.domain.Script;
import org.copydesk.domain.SiteProfile;

/**
 * Reads site profiles: a {@code profile.json} with the site's name, channels, promo line and script,
 * beside the page templates and assets it names. The reference site ships inside the program; any
 * other site is a folder of the same shape given with {@code --site}.
 */
public final class SiteProfiles {

    /** Where the reference profile lives on the class path. */
    public static final String REFERENCE = "/profiles/reference/";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final List<String> TEMPLATES = List.of("page", "channel", "home");
    /** Templates a profile may leave out: the reference site's are used instead. */
    private static final List<String> OPTIONAL_TEMPLATES = List.of("notFound");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SiteProfiles() {
    }

    /** A source of the files a profile is made of. */
    private interface Files0 {
        byte[] read(String name) throws IOException;
    }

    public static SiteProfile reference() {
        return load("reference profile", name -> {
            try (InputStream in = SiteProfiles.class.getResourceAsStream(REFERENCE + name)) {
                if (in == null) {
                    throw new NoSuchFileException(REFERENCE + name);
                }
                return in.readAllBytes();
            }
        });
    }

    /** Loads a profile from its {@code profile.json} file (or the folder that holds one). */
    public static SiteProfile load(Path file) {
        Path json = Files.isDirectory(file) ? file.resolve("profile.json") : file;
        if (!Files.exists(json)) {
            throw new CopydeskException(Problem.FILE_NOT_FOUND, json);
        }
        Path dir = json.toAbsolutePath().getParent();
        return load(json.toString(), name -> {
            Path p = name.equals("profile.json") ? json : dir.resolve(name).normalize();
            if (!p.startsWith(dir)) {
                throw new IOException("outside the profile folder: " + name);
            }
            return Files.readAllBytes(p);
        });
    }

    private static SiteProfile load(String where, Files0 files) {
        try {
            JsonNode root = JSON.readTree(files.read("profile.json"));
            List<Channel> channels = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            Set<String> slugs = new LinkedHashSet<>();
            for (JsonNode c : required(root, "channels", where)) {
                String name = text(c, "name", where);
                String slug = text(c, "slug", where);
                if (!SLUG.matcher(slug).matches()) {
                    throw invalid(where, "channel slug \"" + slug + "\" must be lower-case letters, digits and -");
                }
                if (!names.add(name) || !slugs.add(slug)) {
                    throw invalid(where, "channel \"" + name + "\" is listed twice");
                }
                List<String> cues = new ArrayList<>();
                c.path("cues").forEach(cue -> cues.add(cue.asText().strip()));
                // a length the channel cannot have is refused by the channel itself, and named below
                JsonNode length = c.path("length");
                channels.add(new Channel(name, slug, cues, length.path("min").asInt(0), length.path("max").asInt(0)));
            }
            if (channels.isEmpty()) {
                throw invalid(where, "it lists no channels");
            }
            Map<String, String> templates = new LinkedHashMap<>();
            JsonNode templateNames = required(root, "templates", where);
            for (String t : TEMPLATES) {
                String file = text(templateNames, t, where);
                templates.put(t, new String(files.read(file), StandardCharsets.UTF_8));
            }
            for (String t : OPTIONAL_TEMPLATES) {
                String file = templateNames.path(t).asText("").strip();
                templates.put(t, new String(file.isEmpty() ? referenceFile(REFERENCE_TEMPLATES.get(t)) : files.read(file), StandardCharsets.UTF_8));
            }
            Map<String, byte[]> assets = new LinkedHashMap<>();
            for (JsonNode a : required(root, "assets", where)) {
                String file = a.asText();
                assets.put(Path.of(file).getFileName().toString(), files.read(file));
            }
            if (!assets.containsKey("site.css")) {
                throw invalid(where, "its assets must include site.css");
            }
            JsonNode promo = root.path("promo");
            Script script = Script.valueOf(root.path("script").asText("simplified").toUpperCase(Locale.ROOT));
            return new SiteProfile(
                    text(root, "id", where),
                    text(root, "siteName", where),
                    root.path("homeLabel").asText("首页"),
                    channels,
                    promo.path("text").asText(""),
                    promo.path("href").asText(""),
                    script,
                    root.path("dateFormat").asText("yyyy年MM月dd日 HH:mm"),
                    root.path("relatedLimit").asInt(5),
                    templates,
                    assets,
                    terms(root),
                    limits(root.path("limits")),
                    publishing(root.path("publishing"), where),
                    review(root.path("review"), names, where));
        } catch (IOException e) {
            throw new CopydeskException(Problem.PROFILE_INVALID, e, where, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CopydeskException(Problem.PROFILE_INVALID, e, where, e.getMessage());
        }
    }

    private static final Map<String, String> REFERENCE_TEMPLATES = Map.of("notFound", "notfound.mustache");

    private static byte[] referenceFile(String name) throws IOException {
        try (InputStream in = SiteProfiles.class.getResourceAsStream(REFERENCE + name)) {
            if (in == null) {
                throw new IOException("missing " + name);
            }
            return in.readAllBytes();
        }
    }

    private static SiteProfile.Publishing publishing(JsonNode p, String where) {
        SiteProfile.Publishing d = SiteProfile.Publishing.DEFAULT;
        String baseUrl = p.path("baseUrl").asText(d.baseUrl()).strip();
        String why = Permalinks.baseUrlProblem(baseUrl);
        if (why != null) {
            throw invalid(where, "publishing.baseUrl \"" + baseUrl + "\" " + why);
        }
        String permalink = p.path("permalink").asText(d.permalink()).strip();
        why = Permalinks.problem(permalink);
        if (why != null) {
            throw invalid(where, "publishing.permalink \"" + permalink + "\" " + why);
        }
        int pageSize = p.path("pageSize").asInt(d.pageSize());
        int feedLength = p.path("feedLength").asInt(d.feedLength());
        if (pageSize < 1 || pageSize > 1000) {
            throw invalid(where, "publishing.pageSize must be between 1 and 1000");
        }
        if (feedLength < 1 || feedLength > 1000) {
            throw invalid(where, "publishing.feedLength must be between 1 and 1000");
        }
        String language = p.path("language").asText(d.language()).strip();
        if (!language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw invalid(where, "publishing.language \"" + language + "\" is not a language tag such as zh-CN");
        }
        List<Integer> widths = new ArrayList<>();
        for (JsonNode w : p.path("imageWidths")) {
            if (!w.isInt() || w.asInt() < 16 || w.asInt() > 8192) {
                throw invalid(where, "publishing.imageWidths must be whole numbers of pixels between 16 and 8192");
            }
            widths.add(w.asInt());
        }
        return new SiteProfile.Publishing(baseUrl, permalink, pageSize, feedLength, language, p.path("description").asText("").strip(),
                p.path("copyright").asText(""), p.path("icp").asText(""), widths);
    }

    /** Rounds by their code (review_1) or their name on a Chinese desk (初审). */
    private static final Map<String, Round> ROUND_NAMES = Map.of("初审", Round.REVIEW_1, "复审", Round.REVIEW_2, "终审", Round.REVIEW_3,
            "一校", Round.PROOF_1, "二校", Round.PROOF_2, "三校", Round.PROOF_3);

    private static ReviewRules review(JsonNode r, Set<String> channels, String where) {
        ReviewRules d = ReviewRules.DEFAULT;
        if (r.isMissingNode() || r.isNull()) {
            return d;
        }
        Set<Round> required = r.has("required") ? rounds(r.get("required"), "review.required", where) : d.required();
        Map<String, Set<Round>> byChannel = new LinkedHashMap<>();
        var fields = r.path("channels").fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (!channels.contains(e.getKey())) {
                throw invalid(where, "review.channels names \"" + e.getKey() + "\", which is not one of its channels");
            }
            byChannel.put(e.getKey(), rounds(e.getValue(), "review.channels." + e.getKey(), where));
        }
        List<Set<Round>> different = new ArrayList<>();
        if (r.has("differentPeople")) {
            for (JsonNode group : r.get("differentPeople")) {
                different.add(rounds(group, "review.differentPeople", where));
            }
        } else {
            different.addAll(d.different());
        }
        return new ReviewRules(required, byChannel, different, r.path("approverNotAuthor").asBoolean(d.approverNotAuthor()));
    }

    private static Set<Round> rounds(JsonNode list, String field, String where) {
        if (!list.isArray()) {
            throw invalid(where, field + " must be a list of rounds such as [\"初审\", \"复审\"]");
        }
        Set<Round> out = EnumSet.noneOf(Round.class);
        for (JsonNode n : list) {
            String name = n.asText("").strip();
            Round round = ROUND_NAMES.get(name);
            if (round == null) {
                try {
                    round = Round.fromCode(name);
                } catch (IllegalArgumentException e) {
                    throw invalid(where, field + ": \"" + name + "\" is not a round (初审 复审 终审 一校 二校 三校)");
                }
            }
            out.add(round);
        }
        return out;
    }

    private static SiteProfile.Limits limits(JsonNode l) {
        SiteProfile.Limits d = SiteProfile.Limits.DEFAULT;
        return new SiteProfile.Limits(l.path("titleMin").asInt(d.titleMin()), l.path("titleMax").asInt(d.titleMax()),
                l.path("keywordsMin").asInt(d.keywordsMin()), l.path("keywordsMax").asInt(d.keywordsMax()));
    }

    private static List<String> terms(JsonNode root) {
        List<String> out = new ArrayList<>();
        root.path("terms").forEach(t -> out.add(t.asText().strip()));
        return out;
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw invalid(where, "\"" + field + "\" is missing");
        }
        return v;
    }

    private static String text(JsonNode node, String field, String where) {
        String v = required(node, field, where).asText("").strip();
        if (v.isEmpty()) {
            throw invalid(where, "\"" + field + "\" is empty");
        }
        return v;
    }

    private static CopydeskException invalid(String where, String why) {
        return new CopydeskException(Problem.PROFILE_INVALID, where, why);
    }
}
