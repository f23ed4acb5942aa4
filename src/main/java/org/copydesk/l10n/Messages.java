package org.copydesk.l10n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface's words: Chinese by default, English when the user's locale asks for it. An unset
 * or technical locale (C, POSIX) keeps Chinese, because that is what the desk works in.
 */
public final class Messages {

    private static final String BUNDLE = "org.copydesk.l10n.messages";
    private static volatile Messages current;

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages for the given interface locale (Chinese unless the language is English). */
    public static Messages forLocale(Locale locale) {
        return new Messages(isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT);
    }

    /** The process-wide messages, chosen once from the environment. */
    public static Messages get() {
        Messages m = current;
        if (m == null) {
            m = forLocale(interfaceLocale(System.getenv(), Locale.getDefault()));
            current = m;
        }
        return m;
    }

    /** Overrides the process-wide choice (the window's language setting, tests). */
    public static void use(Locale locale) {
        current = forLocale(locale);
    }

    /**
     * The locale the interface should speak: {@code copydesk.lang} if set, else the first of
     * LC_ALL, LC_MESSAGES, LANG that names a language, else Chinese.
     */
    public static Locale interfaceLocale(Map<String, String> env, Locale jvmDefault) {
        String explicit = System.getProperty("copydesk.lang");
        if (explicit != null && !explicit.isBlank()) {
            return Locale.forLanguageTag(explicit.replace('_', '-'));
        }
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String v = env.get(name);
            if (v == null || v.isBlank()) {
                continue;
            }
            String lang = v.split("[._@]")[0];
            if (lang.equals("C") || lang.equals("POSIX")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            return Locale.forLanguageTag(lang.replace('_', '-'));
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    private static boolean isEnglish(Locale locale) {
        return locale.getLanguage().equals("en");
    }

    public Locale locale() {
        return locale.equals(Locale.ROOT) ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** True when the bundle has a message for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }
}
