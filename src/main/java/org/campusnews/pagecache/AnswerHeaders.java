package org.campusnews.pagecache;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.MimeHeaders;

/** Where a kept page's headers are written: through the servlet API, or straight into Tomcat's response. */
interface AnswerHeaders {

    /** Adds a header the page was first answered with (a name may come more than once). */
    void replay(ResponseHeader header);

    /** Sets a header of this answer, in place of any the response already has. */
    void put(ResponseHeader header);

    static AnswerHeaders of(HttpServletResponse response) {
        return new AnswerHeaders() {
            @Override
            public void replay(ResponseHeader header) {
                response.addHeader(header.name(), header.value());
            }

            @Override
            public void put(ResponseHeader header) {
                response.setHeader(header.name(), header.value());
            }
        };
    }

    /**
     * Tomcat's headers of a response that has none yet, given as bytes: Tomcat would otherwise encode every name and
     * value again for every answer, which was a quarter of the work of answering a kept page.
     */
    static AnswerHeaders ofFreshTomcatResponse(MimeHeaders headers) {
        return new AnswerHeaders() {
            @Override
            public void replay(ResponseHeader header) {
                add(header);
            }

            @Override
            public void put(ResponseHeader header) {
                add(header);
            }

            private void add(ResponseHeader header) {
                headers.addValue(header.nameBytes(), 0, header.nameBytes().length)
                        .setBytes(header.valueBytes(), 0, header.valueBytes().length);
            }
        };
    }
}
