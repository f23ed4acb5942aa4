package org.copydesk.support;

import java.util.function.Supplier;
import org.copydesk.domain.Article;
import org.copydesk.ui.session.OpenArticle;

/** An open article with no editor behind it: the draft comes from a supplier, every edit asked of it is refused. */
public final class DraftOnly implements OpenArticle.Editing {

    private final Supplier<Article> draft;

    public DraftOnly(Supplier<Article> draft) {
        this.draft = draft;
    }

    @Override
    public Article draft() {
        return draft.get();
    }

    @Override
    public void flush(Runnable then) {
        then.run();
    }

    @Override
    public boolean replaceInField(String field, int start, int end, String expected, String replacement) {
        return false;
    }

    @Override
    public void setChannel(String name) {
    }

    @Override
    public void addKeyword(String word) {
    }

    @Override
    public void statusChanged(Article saved) {
    }

    @Override
    public void reload(Article a) {
    }
}
