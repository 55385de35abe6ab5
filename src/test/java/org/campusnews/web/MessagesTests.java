package org.campusnews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.campusnews.article.ArticleStatus;
import org.campusnews.article.CheckSeverity;
import org.campusnews.article.CheckedField;
import org.campusnews.article.ReviewDecision;
import org.campusnews.article.ReviewLevel;
import org.campusnews.article.WorkflowAction;
import org.campusnews.audit.AuditAction;
import org.campusnews.check.CheckKind;
import org.campusnews.check.SensitiveWordList;
import org.campusnews.check.WordListFile;
import org.campusnews.check.WordProblem;
import org.campusnews.i18n.Language;
import org.campusnews.media.FileFamily;
import org.campusnews.media.MediaKind;
import org.campusnews.media.MediaUsage;
import org.campusnews.user.Role;
import org.junit.jupiter.api.Test;

/**
 * Every label exists in English and Chinese: the keys templates name, the keys they build from a value
 * ({@code 'status.' + ${a.status}}), the keys the Java code names (flash messages, {@code rejectValue}, validation
 * messages, refusals, stored message codes) or builds, and the keys of the shared department and section screens.
 * A key built from a prefix this test does not know, or a message expression of a shape it does not know, fails it:
 * say here which values the key is built from.
 */
class MessagesTests {

    private static final String[] BUNDLES = {"messages", "messages-staff"};

    /** The keys built from a prefix and a value, with every value the code can put there. */
    private static final Map<String, List<String>> BUILT = Map.ofEntries(
            Map.entry("status.", names(ArticleStatus.values(), Enum::name)),
            Map.entry("language.", names(Language.values(), Language::code)),
            Map.entry("user.role.", names(Role.values(), Enum::name)),
            Map.entry("audit.action.", names(AuditAction.values(), Enum::name)),
            Map.entry("media.family.", names(FileFamily.values(), Enum::name)),
            Map.entry("media.kind.", names(MediaKind.values(), Enum::name)),
            Map.entry("media.usage.", names(MediaUsage.Role.values(), Enum::name)),
            Map.entry("editor.action.", names(WorkflowAction.values(), Enum::name)),
            Map.entry("revision.note.", names(WorkflowAction.values(), Enum::name)),
            Map.entry("flash.article.", names(WorkflowAction.values(), action -> action.name().toLowerCase())),
            Map.entry("checks.kind.", names(CheckKind.values(), Enum::name)),
            Map.entry("review.level.", names(ReviewLevel.values(), Enum::name)),
            Map.entry("review.outcome.", names(ReviewDecision.Outcome.values(), Enum::name)),
            Map.entry("audit.detail.approved.", names(ReviewLevel.values(), Enum::name)),
            Map.entry("audit.detail.checkAccepted.", names(CheckKind.values(), Enum::name)),
            Map.entry("checks.severity.", names(CheckSeverity.values(), Enum::name)),
            Map.entry("checks.field.", names(CheckedField.values(), Enum::name)),
            Map.entry("checks.words.problem.", names(WordProblem.values(), Enum::name)),
            Map.entry("checks.import.problem.", names(WordListFile.Problem.values(), Enum::name)),
            Map.entry("checks.import.refused.", names(SensitiveWordList.Refusal.values(), Enum::name)));

    /**
     * Built keys that need not exist for every value: an error status without its own title and message is shown
     * with those of 400 or 500 (ErrorAnswers, SiteErrorReportValve), which are named literally.
     */
    private static final Set<String> BUILT_WITH_A_FALLBACK = Set.of("error.");

    /** Template expressions whose key is a model value the Java code sets from a literal key (checked there). */
    private static final Set<String> KEYS_FROM_THE_MODEL = Set.of("flash", "flashError", "c.labelKey()", "backLabel",
            "screen.slugWarning()");

    private static final Pattern TEMPLATE_MESSAGE = Pattern.compile("#\\{([^}]*)");
    private static final Pattern LITERAL_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.]*(?=[(}]|$)");
    private static final Pattern TEMPLATE_PREFIX = Pattern.compile("(?:'|\\$\\{')([a-zA-Z0-9_.]+\\.)' \\+ .*");
    private static final Pattern TEMPLATE_MODEL_KEY = Pattern.compile("\\$\\{(.+)");
    private static final Pattern TEMPLATE_MESSAGES_CALL = Pattern.compile("#messages\\.\\w+\\(([^,)]+)");
    private static final Pattern SCREEN_LABEL = Pattern.compile("screen\\.key\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]+)['\"]");
    private static final Pattern SCREEN_KIND = Pattern.compile("new BilingualEntityScreen\\(\"([a-z]+)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9]*(?:\\.[A-Za-z0-9_]+)*(\\.)?)\"(\\s*\\+)?");
    private static final Pattern STORED_MESSAGE_NAMESPACE = Pattern.compile("StoredMessage\\.read\\([^;]*?,\\s*\"([^\"]+)\"\\)");
    private static final Pattern JAVA_VALIDATION_MESSAGE = Pattern.compile("\"\\{([a-zA-Z][a-zA-Z0-9_.]*)\\}\"");

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
        Uses uses = new Uses();
        for (Map.Entry<Path, String> template : files("src/main/resources/templates", ".html").entrySet()) {
            String where = template.getKey().toString();
            Matcher message = TEMPLATE_MESSAGE.matcher(template.getValue());
            while (message.find()) {
                uses.templateExpression(message.group(1), where);
            }
            Matcher call = TEMPLATE_MESSAGES_CALL.matcher(template.getValue());
            while (call.find()) {
                assertThat(KEYS_FROM_THE_MODEL).as("#messages with " + call.group(1) + " in " + where).contains(call.group(1).strip());
            }
        }
        assertThat(uses.keys).as("keys named in templates").hasSizeGreaterThan(200);
        assertThat(uses.prefixes).as("keys built in templates").containsKeys("status.", "audit.action.", "user.role.");
        uses.assertDefined();
    }

    @Test
    void everyKeyTheJavaCodeNamesOrBuildsIsDefined() throws IOException {
        Set<String> namespaces = new TreeSet<>();
        Set<String> defined = defined("");
        defined.forEach(key -> namespaces.add(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.'))));
        Uses uses = new Uses();
        for (Map.Entry<Path, String> source : files("src/main/java", ".java").entrySet()) {
            String where = source.getKey().toString();
            String code = source.getValue();
            Set<Integer> screenLabels = new TreeSet<>();
            Matcher label = SCREEN_LABEL.matcher(code);
            while (label.find()) {
                screenLabels.add(label.start(1));
                uses.screenLabels(label.group(1), where);
            }
            Matcher kind = SCREEN_KIND.matcher(code);
            while (kind.find()) {
                uses.kinds.add(kind.group(1));
            }
            Matcher validation = JAVA_VALIDATION_MESSAGE.matcher(code);
            while (validation.find()) {
                uses.key(validation.group(1), where);
            }
            Matcher literal = JAVA_LITERAL.matcher(code);
            while (literal.find()) {
                String text = literal.group(1);
                boolean keyLike = text.contains(".") && namespaces.contains(text.substring(0, text.indexOf('.')));
                if (!keyLike || screenLabels.contains(literal.start())) {
                    continue;
                }
                if (literal.group(2) != null && literal.group(3) != null) {
                    uses.prefix(text, where);
                } else if (!namespaces(code).contains(literal.start())) {
                    uses.key(text, where);
                }
            }
        }
        assertThat(uses.keys).as("keys named in the Java code")
                .containsKeys("staff.slug.taken", "user.flash.created", "staff.validation.required", "audit.detail.rememberMe");
        assertThat(uses.prefixes).as("keys built in the Java code").containsKeys("revision.note.", "flash.article.");
        assertThat(uses.screenLabels).as("labels of the department and section screens").contains("flash.created");
        uses.assertDefined();
    }

    @Test
    void everyLabelOfTheDepartmentAndSectionScreensIsDefinedForBoth() throws IOException {
        Uses uses = new Uses();
        for (Map.Entry<Path, String> file : files("src/main", ".html", ".java").entrySet()) {
            Matcher kind = SCREEN_KIND.matcher(file.getValue());
            while (kind.find()) {
                uses.kinds.add(kind.group(1));
            }
            Matcher label = SCREEN_LABEL.matcher(file.getValue());
            while (label.find()) {
                uses.screenLabels(label.group(1), file.getKey().toString());
            }
        }
        assertThat(uses.kinds).containsExactlyInAnyOrder("department", "section");
        assertThat(uses.screenLabels).contains("list.title", "flash.created", "delete.hint");
        for (String kind : uses.kinds) {
            for (String screenLabel : uses.screenLabels) {
                uses.key(kind + "." + screenLabel, "the " + kind + " screen");
            }
        }
        uses.assertDefined();
    }

    /** What the code asks of the bundles, and where. */
    private static final class Uses {

        final Map<String, Set<String>> keys = new TreeMap<>();
        final Map<String, Set<String>> prefixes = new TreeMap<>();
        final Set<String> kinds = new TreeSet<>();
        final Set<String> screenLabels = new TreeSet<>();
        final List<String> unknown = new ArrayList<>();

        void key(String key, String where) {
            keys.computeIfAbsent(key, k -> new TreeSet<>()).add(where);
        }

        void prefix(String prefix, String where) {
            prefixes.computeIfAbsent(prefix, k -> new TreeSet<>()).add(where);
        }

        void screenLabels(String arguments, String where) {
            Matcher quoted = QUOTED.matcher(arguments);
            boolean any = false;
            while (quoted.find()) {
                screenLabels.add(quoted.group(1));
                any = true;
            }
            if (!any) {
                unknown.add("screen.key(" + arguments + ") in " + where + ": name its labels literally");
            }
        }

        /** The part of a template's {@code #{…}} after the brace. */
        void templateExpression(String expression, String where) {
            Matcher literal = LITERAL_KEY.matcher(expression);
            Matcher prefix = TEMPLATE_PREFIX.matcher(expression);
            Matcher model = TEMPLATE_MODEL_KEY.matcher(expression);
            if (literal.lookingAt()) {
                key(literal.group(), where);
            } else if (prefix.matches()) {
                prefix(prefix.group(1), where);
            } else if (expression.startsWith("${screen.key(")) {
                Matcher label = SCREEN_LABEL.matcher(expression);
                while (label.find()) {
                    screenLabels(label.group(1), where);
                }
            } else if (model.matches() && KEYS_FROM_THE_MODEL.contains(model.group(1))) {
                return;
            } else {
                unknown.add("#{" + expression + "} in " + where + ": a message expression this test does not know");
            }
        }

        void assertDefined() throws IOException {
            assertThat(unknown).as("message keys this test cannot check").isEmpty();
            List<String> undeclared = prefixes.keySet().stream()
                    .filter(prefix -> !BUILT.containsKey(prefix) && !BUILT_WITH_A_FALLBACK.contains(prefix))
                    .map(prefix -> "'" + prefix + "' + … in " + prefixes.get(prefix)
                            + ": declare in MessagesTests.BUILT which values the key is built from")
                    .toList();
            assertThat(undeclared).as("keys built from values this test does not know").isEmpty();
            Map<String, Set<String>> wanted = new TreeMap<>(keys);
            prefixes.forEach((prefix, places) -> BUILT.getOrDefault(prefix, List.of())
                    .forEach(value -> wanted.computeIfAbsent(prefix + value, k -> new TreeSet<>()).addAll(places)));
            for (String language : new String[] {"", "_zh"}) {
                Set<String> defined = defined(language);
                Map<String, Set<String>> missing = wanted.entrySet().stream().filter(use -> !defined.contains(use.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
                assertThat(missing).as("keys used but missing in messages" + language + " (key = where)").isEmpty();
            }
        }
    }

    /** Where the namespace of stored messages is named ({@code StoredMessage.read(text, "audit.detail")}): no key. */
    private static Set<Integer> namespaces(String code) {
        Set<Integer> at = new TreeSet<>();
        Matcher read = STORED_MESSAGE_NAMESPACE.matcher(code);
        while (read.find()) {
            at.add(read.start(1) - 1);
        }
        return at;
    }

    private static <T> List<String> names(T[] values, Function<T, String> name) {
        return Arrays.stream(values).map(name).toList();
    }

    private static Set<String> defined(String language) throws IOException {
        Set<String> defined = new TreeSet<>();
        for (String bundle : BUNDLES) {
            defined.addAll(load(bundle + language + ".properties").stringPropertyNames());
        }
        return defined;
    }

    private static Map<Path, String> files(String root, String... endings) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(Path.of(root))) {
            for (Path path : paths.filter(path -> Arrays.stream(endings).anyMatch(path.toString()::endsWith)).toList()) {
                files.put(path, Files.readString(path));
            }
        }
        return files;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
