package org.copydesk.storage.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleField;
import org.copydesk.domain.Status;

/**
 * How an article's content fields ({@link ArticleField}) map onto the columns an article row and a
 * revision row share: every field but the keywords (their own table for articles, one joined column
 * for revisions), then the status.
 */
final class ArticleColumns {

    /** Joins the keywords in a revision's one column; a control character no keyword contains. */
    static final String KEYWORD_SEPARATOR = "\u001F";

    static final List<ArticleField> FIELDS = Arrays.stream(ArticleField.values())
            .filter(f -> f != ArticleField.KEYWORDS).toList();

    /** The content columns and the status, comma-separated. */
    static final String NAMES = String.join(", ", FIELDS.stream().map(ArticleField::column).toList()) + ", status";

    /** As many placeholders as {@link #NAMES} has columns. */
    static final String PLACEHOLDERS = String.join(",", java.util.Collections.nCopies(FIELDS.size() + 1, "?"));

    /** {@code title=?, subtitle=?, …, status=?}, for an update. */
    static final String ASSIGNMENTS = String.join(", ", FIELDS.stream().map(f -> f.column() + "=?").toList()) + ", status=?";

    private ArticleColumns() {
    }

    /** Binds the content columns and the status from {@code from}; returns the next parameter index. */
    static int bind(PreparedStatement st, int from, Article a) throws SQLException {
        int i = from;
        for (ArticleField f : FIELDS) {
            Object v = f.get(a);
            if (f.kind() == ArticleField.Kind.TIME) {
                if (v == null) {
                    st.setNull(i++, Types.VARCHAR);
                } else {
                    st.setString(i++, Timestamps.local((LocalDateTime) v));
                }
            } else {
                st.setString(i++, (String) v);
            }
        }
        st.setString(i++, a.status().code());
        return i;
    }

    /** Reads the content columns, the status and the version of the current row. */
    static Article.Builder read(ResultSet rs) throws SQLException {
        Article.Builder b = new Article.Builder();
        for (ArticleField f : FIELDS) {
            String v = rs.getString(f.column());
            f.set(b, f.kind() == ArticleField.Kind.TIME ? Timestamps.local(v) : v);
        }
        return b.status(Status.fromCode(rs.getString("status"))).version(rs.getLong("version"));
    }

    static String joinKeywords(List<String> keywords) {
        return String.join(KEYWORD_SEPARATOR, keywords);
    }

    static List<String> splitKeywords(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(KEYWORD_SEPARATOR));
    }
}
