package org.campusnews.media;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** Finds the uploaded images an article body shows, by their addresses ({@code /media/<sha256>…}). */
@Component
public class MediaReferences {

    /** The address of an uploaded file or of one of its renditions, as article bodies hold them. */
    static final Pattern MEDIA_ADDRESS = Pattern.compile("^/media/([0-9a-f]{64})(?:/w[0-9]{1,5})?$");

    private final MediaRepository media;

    MediaReferences(MediaRepository media) {
        this.media = media;
    }

    /** The content hash in an image address of ours, or null for any other address. */
    public static String hashOf(String src) {
        if (src == null) {
            return null;
        }
        Matcher matcher = MEDIA_ADDRESS.matcher(src.strip());
        return matcher.matches() ? matcher.group(1) : null;
    }

    public static Set<String> hashesIn(String html) {
        Set<String> hashes = new LinkedHashSet<>();
        if (html == null || !html.contains("/media/")) {
            return hashes;
        }
        for (Element image : Jsoup.parseBodyFragment(html).select("img[src]")) {
            String hash = hashOf(image.attr("src"));
            if (hash != null) {
                hashes.add(hash);
            }
        }
        return hashes;
    }

    /** The stored items the bodies show; addresses of files that do not exist (any more) are ignored. */
    public Set<Media> shownIn(Collection<String> bodies) {
        Set<String> hashes = new LinkedHashSet<>();
        bodies.forEach(body -> hashes.addAll(hashesIn(body)));
        return hashes.isEmpty() ? new LinkedHashSet<>() : new LinkedHashSet<>(media.findBySha256In(hashes));
    }
}
