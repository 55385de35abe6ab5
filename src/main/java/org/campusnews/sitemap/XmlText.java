package org.campusnews.sitemap;

/**
 * Text as XML 1.0 may carry it: characters it forbids (most control characters, lone surrogates, U+FFFE/U+FFFF)
 * are left out, since a single one would make the whole sitemap unreadable. Markup characters are escaped by the
 * writer, not here.
 */
final class XmlText {

    private XmlText() {
    }

    static String clean(String text) {
        if (isClean(text)) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(cleaned::appendCodePoint);
        return cleaned.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(int codePoint) {
        return codePoint == '\t' || codePoint == '\n' || codePoint == '\r'
                || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }
}
