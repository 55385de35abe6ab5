package org.campusnews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every label exists in English and Chinese, and every label a template uses exists. */
class MessagesTests {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");

    private static final String[] BUNDLES = {"messages", "messages-staff"};

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            assertThat(load(bundle + "_zh.properties").stringPropertyNames()).as(bundle)
                    .isEqualTo(load(bundle + ".properties").stringPropertyNames());
        }
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_zh.properties", "messages-staff.properties",
                "messages-staff_zh.properties"}) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames()).allSatisfy(key -> assertThat(messages.getProperty(key)).as(file + " " + key).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInTemplatesIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }

        Set<String> defined = new TreeSet<>();
        for (String bundle : BUNDLES) {
            defined.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        assertThat(used).isNotEmpty();
        assertThat(defined).containsAll(used);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
