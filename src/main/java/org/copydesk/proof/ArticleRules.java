package org.copydesk.proof;

import org.copydesk.domain.Article;
import org.copydesk.domain.Channel;
import org.copydesk.domain.Severity;
import org.copydesk.domain.SiteProfile;

/** Rules about the article as a whole: required fields and the profile's limits. */
final class ArticleRules {

    private ArticleRules() {
    }

    /** Channel, source and editor must be filled in before an article is published. */
    static final class Required extends BaseRule {
        Required() {
            super("required-field", Severity.ERROR);
        }

        @Override
        public void checkArticle(Article a, SiteProfile p, Findings out) {
            if (a.title().isBlank()) {
                out.addField(this, "title", "");
            }
            if (a.channel().isBlank()) {
                out.addField(this, "channel", "");
            } else if (p.channel(a.channel()).isEmpty()) {
                out.addField(this, "channel", a.channel());
            }
            if (a.source().isBlank()) {
                out.addField(this, "source", "");
            }
            if (a.editor().isBlank()) {
                out.addField(this, "editor", "");
            }
        }
    }

    /** The title's length within the profile's limits. */
    static final class TitleLength extends BaseRule {
        TitleLength() {
            super("title-length", Severity.WARNING);
        }

        @Override
        public void checkArticle(Article a, SiteProfile p, Findings out) {
            int n = a.title().codePointCount(0, a.title().length());
            if (!a.title().isBlank() && (n < p.limits().titleMin() || n > p.limits().titleMax())) {
                out.addField(this, "title", a.title(), n, p.limits().titleMin(), p.limits().titleMax());
            }
        }
    }

    /** Every picture in the body with a caption (图片说明); one finding per picture without. */
    static final class ImageCaption extends BaseRule {
        ImageCaption() {
            super("image-caption", Severity.HINT);
        }

        @Override
        public void checkArticle(Article a, SiteProfile p, Findings out) {
            if (!a.bodyHtml().contains("<img")) {
                return;
            }
            for (org.jsoup.nodes.Element img : org.jsoup.Jsoup.parseBodyFragment(a.bodyHtml()).select("img[src]")) {
                org.jsoup.nodes.Element figure = img.closest("figure");
                boolean captioned = figure != null && figure.select("figcaption").stream().anyMatch(c -> !c.text().isBlank());
                if (!captioned) {
                    out.addField(this, "body", img.attr("src"));
                }
            }
        }
    }

    /** The body's length (字数) within its channel's range, when the profile gives the channel one. */
    static final class BodyLength extends BaseRule {
        BodyLength() {
            super("body-length", Severity.HINT);
        }

        @Override
        public void checkArticle(Article a, SiteProfile p, Findings out) {
            var channel = p.channel(a.channel());
            if (channel.isEmpty() || !channel.get().hasLength() || a.bodyHtml().isBlank()) {
                return;
            }
            int n = org.copydesk.text.BodyText.stats(a.bodyHtml()).characters();
            Channel c = channel.get();
            if (c.outsideLength(n)) {
                out.addField(this, "body", "", n, c.name(), c.minLength(), c.maxLength() > 0 ? c.maxLength() : "∞");
            }
        }
    }

    /**
     * An image in the body that lives on another site (http://…, //…): the published page never
     * loads it (the page keeps only its own images), so it must be saved into the article or removed.
     */
    static final class RemoteImage extends BaseRule {
        RemoteImage() {
            super("remote-image", Severity.ERROR);
        }

        @Override
        public void checkArticle(Article a, SiteProfile p, Findings out) {
            if (!a.bodyHtml().contains("<img")) {
                return;
            }
            for (org.jsoup.nodes.Element img : org.jsoup.Jsoup.parseBodyFragment(a.bodyHtml()).select("img[src]")) {
                String src = img.attr("src");
                if (org.copydesk.domain.ImageAsset.isRemote(src)) {
                    out.addField(this, "body", src);
                }
            }
        }
    }

    /** The number of keywords within the profile's limits (3–8 on the reference site). */
    static final class KeywordCount extends BaseRule {
        KeywordCount() {
            super("keyword-count", Severity.WARNING);
        }

        @Override
        public void checkArticle(Article a, SiteProfile p, Findings out) {
            int n = a.keywords().size();
            if (n < p.limits().keywordsMin() || n > p.limits().keywordsMax()) {
                out.addField(this, "keywords", String.join(" ", a.keywords()), n, p.limits().keywordsMin(), p.limits().keywordsMax());
            }
        }
    }
}
