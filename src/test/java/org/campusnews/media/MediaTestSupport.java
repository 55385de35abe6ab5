package org.campusnews.media;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.campusnews.support.IntegrationTest;
import org.campusnews.user.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Uploads through the editor's endpoint and looks at what was stored. */
abstract class MediaTestSupport extends IntegrationTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected MediaStorage storage;

    @Autowired
    protected MediaRepository mediaRepository;

    protected MockMultipartHttpServletRequestBuilder uploadRequest(String purpose, String name, byte[] content) {
        MockMultipartHttpServletRequestBuilder request = multipart("/admin/media/upload");
        request.file(new MockMultipartFile("file", name, "application/octet-stream", content));
        if (purpose != null) {
            request.param("purpose", purpose);
        }
        request.accept(MediaType.APPLICATION_JSON);
        request.with(csrf());
        return request;
    }

    /** Uploads as this person (who must be allowed to without naming a department) and returns the JSON answer. */
    protected JsonNode upload(UserAccount user, String purpose, String name, byte[] content) throws Exception {
        MvcResult result = mvc.perform(uploadRequest(purpose, name, content).with(as(user))).andReturn();
        JsonNode answer = JSON.readTree(result.getResponse().getContentAsString());
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError("Upload of " + name + " answered " + result.getResponse().getStatus() + ": " + answer);
        }
        return answer;
    }

    protected Path mediaRoot() {
        return ((FilesystemMediaStorage) storage).root();
    }

    /** Every stored file whose key holds this hash (the original and the renditions). */
    protected List<Path> filesOf(String sha256) throws IOException {
        try (Stream<Path> files = Files.walk(mediaRoot())) {
            return files.filter(Files::isRegularFile).filter(file -> file.toString().contains(sha256)).toList();
        }
    }

    protected List<Path> stagingFiles() throws IOException {
        try (Stream<Path> files = Files.list(mediaRoot().resolve("tmp"))) {
            return files.toList();
        }
    }
}
