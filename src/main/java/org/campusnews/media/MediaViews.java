package org.campusnews.media;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * How public pages show media: images in their renditions ({@code srcset} and {@code sizes}, lazily loaded, with
 * width and height so the page does not jump), attachments as a list. Article bodies store plain {@code <img>} tags;
 * the renditions are chosen here, when the page is shown, so changing the rendition widths needs no change to stored
 * text.
 */
@Component
public class MediaViews {

    /** The widest an image is shown in an article column, in CSS pixels. */
    public static final int COLUMN_WIDTH = 800;

    private static final String COLUMN_SIZES = "(max-width: 840px) 100vw, 800px";
    private static final int CACHED_IMAGES = 5_000;

    private final MediaRepository media;
    private final List<Integer> widths;

    /** Width, height and type of images by content hash: they never change, so they are kept once read. */
    private final Map<String, Facts> facts = java.util.Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Facts> eldest) {
            return size() > CACHED_IMAGES;
        }
    });

    private record Facts(int width, int height, boolean animated) {
    }

    MediaViews(MediaRepository media, CampusNewsProperties properties) {
        this.media = media;
        this.widths = properties.media().renditionWidths().stream().sorted().toList();
    }

    /** The cover image as shown at the top of an article. */
    public ImageView cover(Media image, Language language) {
        if (image == null || !image.isImage()) {
            return null;
        }
        return view(image.getSha256(), new Facts(image.getWidth(), image.getHeight(), image.isAnimated()),
                Math.min(COLUMN_WIDTH, image.getWidth()), image.alt(language));
    }

    public List<AttachmentView> attachments(Collection<Media> files) {
        return files.stream().filter(file -> !file.isImage())
                .map(file -> new AttachmentView(file.getOriginalName(), file.getFileType().family(),
                        file.getFileType().extension().toUpperCase(), MediaSizes.format(file.getSizeBytes()), file.getUrl()))
                .toList();
    }

    /**
     * Every size an image is served in, narrowest first, each once: a rendition per configured width (the image's
     * own width where it is narrower), or the image as uploaded when it is animated.
     */
    public List<ImageRendition> renditions(String sha256, int width, boolean animated) {
        if (animated) {
            return List.of(new ImageRendition("/media/" + sha256, width));
        }
        Map<Integer, Integer> renditions = new TreeMap<>();
        for (int configured : widths) {
            renditions.putIfAbsent(Math.min(configured, width), configured);
        }
        return renditions.entrySet().stream()
                .map(entry -> new ImageRendition("/media/" + sha256 + "/w" + entry.getValue(), entry.getKey()))
                .toList();
    }

    /** The smallest rendition, for list thumbnails. */
    public String thumbnail(String sha256) {
        return sha256 == null ? null : "/media/" + sha256 + "/w" + widths.get(0);
    }

    /** An article body with each of our images shown in its renditions. */
    public String body(String html) {
        Set<String> hashes = MediaReferences.hashesIn(html);
        if (hashes.isEmpty()) {
            return html;
        }
        Map<String, Facts> known = lookUp(hashes);
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element image : document.select("img[src]")) {
            String hash = MediaReferences.hashOf(image.attr("src"));
            Facts found = hash == null ? null : known.get(hash);
            if (found == null) {
                continue;
            }
            int width = Math.min(found.width(), COLUMN_WIDTH);
            Integer chosen = number(image.attr("width"));
            if (chosen != null && chosen > 0 && chosen <= found.width()) {
                width = chosen;
            }
            ImageView view = view(hash, found, width, image.attr("alt"));
            image.attr("src", view.src());
            if (view.srcset() != null) {
                image.attr("srcset", view.srcset()).attr("sizes", view.sizes());
            }
            image.attr("width", Integer.toString(view.width())).attr("height", Integer.toString(view.height()))
                    .attr("loading", "lazy").attr("decoding", "async");
        }
        return document.body().html();
    }

    private ImageView view(String sha256, Facts image, int width, String alt) {
        int height = Math.max(1, (int) Math.round((double) width * image.height() / image.width()));
        if (image.animated()) {
            return new ImageView("/media/" + sha256, null, null, width, height, alt);
        }
        // Each rendition once, under the smallest configured width that gives it (widths above the image give the image).
        Map<Integer, Integer> renditions = new TreeMap<>();
        for (int configured : widths) {
            renditions.putIfAbsent(Math.min(configured, image.width()), configured);
        }
        StringJoiner srcset = new StringJoiner(", ");
        renditions.forEach((actual, configured) -> srcset.add("/media/" + sha256 + "/w" + configured + " " + actual + "w"));
        int src = widths.stream().filter(configured -> configured >= width).findFirst().orElse(widths.get(widths.size() - 1));
        String sizes = width >= COLUMN_WIDTH ? COLUMN_SIZES : "(max-width: " + (width + 40) + "px) 100vw, " + width + "px";
        return new ImageView("/media/" + sha256 + "/w" + src, srcset.toString(), sizes, width, height, alt);
    }

    private Map<String, Facts> lookUp(Set<String> hashes) {
        Map<String, Facts> found = new LinkedHashMap<>();
        List<String> missing = hashes.stream().filter(hash -> {
            Facts known = facts.get(hash);
            if (known != null) {
                found.put(hash, known);
            }
            return known == null;
        }).toList();
        if (!missing.isEmpty()) {
            for (Media image : media.findBySha256In(missing)) {
                if (image.isImage()) {
                    Facts known = new Facts(image.getWidth(), image.getHeight(), image.isAnimated());
                    facts.put(image.getSha256(), known);
                    found.put(image.getSha256(), known);
                }
            }
        }
        return found;
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
