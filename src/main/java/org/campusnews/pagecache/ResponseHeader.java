package org.campusnews.pagecache;

import java.nio.charset.StandardCharsets;

/** A header of a kept page's answer, with its bytes as they go on the wire (headers are ISO-8859-1), made once. */
record ResponseHeader(String name, String value, byte[] nameBytes, byte[] valueBytes) {

    ResponseHeader(String name, String value) {
        this(name, value, name.getBytes(StandardCharsets.ISO_8859_1), value.getBytes(StandardCharsets.ISO_8859_1));
    }
}
