package org.copydesk.site;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.LinkReport;
import org.copydesk.domain.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks an exported folder offline: every internal {@code href} and {@code src} of its pages leads
 * to a file in the folder, and every {@code #fragment} to an element with that id (or an anchor of
 * that name). External addresses are listed, never fetched.
 */
public final class LinkCheck {

    private final Path dir;
    private final Map<Path, Set<String>> ids = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every file and folder in the site, read once: a site's links are checked against memory, not the disk. */
    private final Set<Path> files = new HashSet<>();
    private final Set<Path> folders = new HashSet<>();
    /** True when {@link #files} is the whole folder (else only what a build made, and the disk answers for the rest). */
    private final boolean complete;

    private LinkCheck(Path dir, Collection<String> known) {
        this.dir = dir.toAbsolutePath().normalize();
        this.complete = known == null;
        if (known != null) {
            for (String k : known) {
                Path f = this.dir.resolve(k).normalize();
                files.add(f);
                for (Path d = f.getParent(); d != null && d.startsWith(this.dir) && folders.add(d); d = d.getParent()) {
                    // every folder above a known file exists
                }
            }
            return;
        }
        try (Stream<Path> all = Files.walk(this.dir)) {
            all.forEach(p -> (Files.isDirectory(p) ? folders : files).add(p));
        } catch (IOException e) {
            throw new CopydeskException(Problem.FILE_NOT_READABLE, e, dir);
        }
    }

    private boolean isFile(Path p) {
        return files.contains(p) || !complete && Files.isRegularFile(p);
    }

    private boolean isFolder(Path p) {
        return folders.contains(p) || !complete && Files.isDirectory(p);
    }

    /** Every page of the folder. */
    public static LinkReport check(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CopydeskException(Problem.OUT_NOT_A_DIRECTORY, dir);
        }
        // the folder is walked once: its files are both the pages to read and what links may reach
        LinkCheck check = new LinkCheck(dir, null);
        List<String> pages = new ArrayList<>();
        for (Path f : check.files) {
            if (isPage(f)) {
                pages.add(check.dir.relativize(f).toString().replace('\\', '/'));
            }
        }
        pages.sort(null);
        return check.run(pages);
    }

    /**
     * Only the given pages, against the files a build just made ({@code known}, paths under the
     * folder) and, for anything else, the disk: no walk of a folder of tens of thousands of files.
     */
    static LinkReport check(Path dir, Collection<String> pages, Collection<String> known) {
        return new LinkCheck(dir, known).run(pages);
    }

    private static boolean isPage(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml");
    }

    private LinkReport run(Collection<String> pages) {
        // pages are read on every core; what they hold is put back in the pages' order
        List<String> ordered = new ArrayList<>(pages);
        List<PageResult> results = ordered.parallelStream().map(this::checkPage).toList();
        List<LinkReport.Broken> broken = new ArrayList<>();
        Set<String> external = new java.util.TreeSet<>();
        int links = 0;
        for (PageResult r : results) {
            broken.addAll(r.broken());
            external.addAll(r.external());
            links += r.links();
        }
        return new LinkReport(ordered.size(), links, broken, new ArrayList<>(external));
    }

    private record PageResult(int links, List<LinkReport.Broken> broken, Set<String> external) {
    }

    private PageResult checkPage(String page) {
        Path file = dir.resolve(page);
        List<LinkReport.Broken> broken = new ArrayList<>();
        Set<String> external = new HashSet<>();
        Document doc;
        try {
            doc = Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            broken.add(new LinkReport.Broken(page, "", "unreadable: " + e.getMessage()));
            return new PageResult(0, broken, external);
        }
        ids.put(file, idsOf(doc));
        int links = 0;
        for (Element e : doc.select("a[href], link[href], img[src], script[src], iframe[src], source[src]")) {
            String href = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            links++;
            String why = check(file, href, external, page);
            if (why != null) {
                broken.add(new LinkReport.Broken(page, href, why));
            }
        }
        return new PageResult(links, broken, external);
    }

    private static final String LEADS_SOMEWHERE = "";
    /** Verdicts by folder and link: the pages of one folder repeat the same links (navigation, lists, neighbours). */
    private final Map<String, String> verdicts = new java.util.concurrent.ConcurrentHashMap<>();

    /** Why a link of {@code page} is broken, or null when it leads somewhere. */
    private String check(Path page, String href, Set<String> external, String pagePath) {
        if (href.startsWith("//") || href.indexOf(':') >= 0 && !href.isBlank() && isExternal(href)) {
            external.add(pagePath + "\t" + href);
            return null;
        }
        // a link to a place on the page itself depends on the page; any other only on its folder
        String key = (href.startsWith("#") || href.startsWith("?") ? page.toString() : page.getParent().toString()) + "\u0000" + href;
        String v = verdicts.get(key);
        if (v == null) {
            v = judge(page, href, external, pagePath);
            verdicts.put(key, v == null ? LEADS_SOMEWHERE : v);
            return v;
        }
        return v == LEADS_SOMEWHERE ? null : v;
    }

    private static boolean isExternal(String href) {
        try {
            return new URI(href.strip()).getScheme() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private String judge(Path page, String href, Set<String> external, String pagePath) {
        if (href.isBlank()) {
            return "empty link";
        }
        URI u;
        try {
            u = new URI(href.strip());
        } catch (URISyntaxException e) {
            return "not an address";
        }
        if (u.getScheme() != null || href.startsWith("//")) {
            external.add(pagePath + "\t" + href);
            return null;
        }
        String raw = u.getRawPath() == null ? "" : u.getRawPath();
        Path target;
        if (raw.isEmpty()) {
            target = page;
        } else {
            if (raw.startsWith("/")) {
                return "absolute path: the site would only work at the server's root";
            }
            String path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            target = page.getParent().resolve(path).normalize();
            if (!target.startsWith(dir)) {
                return "leads out of the site";
            }
            if (path.endsWith("/") || isFolder(target)) {
                target = target.resolve("index.html");
            }
            if (!isFile(target)) {
                return "no such file: " + dir.relativize(target).toString().replace('\\', '/');
            }
        }
        String fragment = u.getFragment();
        if (fragment != null && !fragment.isEmpty() && isPage(target) && !idsOf(target).contains(fragment)) {
            return "no element with id \"" + fragment + "\"";
        }
        return null;
    }

    private Set<String> idsOf(Path page) {
        return ids.computeIfAbsent(page, p -> {
            try {
                return idsOf(Jsoup.parse(p.toFile(), "UTF-8"));
            } catch (IOException e) {
                return Set.of();
            }
        });
    }

    private static Set<String> idsOf(Document doc) {
        Set<String> out = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            out.add(e.id());
        }
        for (Element e : doc.select("a[name]")) {
            out.add(e.attr("name"));
        }
        return out;
    }
}
