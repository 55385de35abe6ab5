package org.campusnews.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * Decides what a file is from its content, with Apache Tika's magic-byte database: neither the file's name nor the
 * browser's Content-Type can make an executable pass for a PDF. The name is consulted only where the content itself
 * cannot tell apart files of one container format: an OLE2 file is a .doc, .xls or .ppt, an Office Open XML package a
 * .docx, .xlsx or .pptx; there the name picks within the format the content proved.
 * <p>
 * Only the start of a file is read: at most {@link #bytesRead()} bytes, as far as the magic-byte database looks.
 * Archives are not opened: an Office Open XML package is recognised by the name of its first entry, which its local
 * header carries uncompressed, so no entry is listed and nothing is inflated. An archive that would inflate to
 * gigabytes costs what any other file costs.
 */
@Component
public class TypeDetector {

    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    private static final MediaType ZIP = MediaType.application("zip");

    /** Types that can carry script when a browser opens them. */
    private static final Set<String> ACTIVE = Set.of("image/svg+xml", "text/html", "application/xhtml+xml",
            "text/javascript", "application/javascript", "application/x-javascript", "text/xml", "application/xml");

    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();

    /**
     * @param detected what the content is, as a MIME type (for messages and logs)
     * @param type the accepted file type it is, or null when it is not one the site accepts
     * @param active whether it is a kind of file that can carry script (SVG, HTML …)
     */
    public record Detection(String detected, FileType type, boolean active) {
    }

    /** How many bytes of a file detection reads at most. */
    public int bytesRead() {
        return mimeTypes.getMinLength();
    }

    public Detection detect(Path file, String originalName) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(bytesRead());
        }
        MediaType magic;
        try (InputStream in = TikaInputStream.get(start)) {
            magic = registry.normalize(mimeTypes.detect(in, new Metadata())).getBaseType();
        }
        MediaType type = magic;
        if (OLE2.equals(magic) || OOXML.equals(magic)) {
            Metadata named = new Metadata();
            named.set(TikaCoreProperties.RESOURCE_NAME_KEY, originalName);
            MediaType byName = registry.normalize(mimeTypes.detect(null, named)).getBaseType();
            if (registry.isSpecializationOf(byName, magic)) {
                type = byName;
            } else if (OOXML.equals(magic)) {
                type = ZIP;
            }
        }
        String name = type.toString();
        boolean active = ACTIVE.contains(name) || name.endsWith("+xml") || name.contains("javascript");
        return new Detection(name, active ? null : FileType.ofContentType(name).orElse(null), active);
    }
}
