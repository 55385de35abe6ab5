package org.campusnews.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.campusnews.article.CheckSeverity;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

class SensitiveWordAdminIntegrationTests extends CheckTestSupport {

    @Autowired
    SensitiveWordMatcher matcher;

    private UserAccount editor;
    private UserAccount admin;
    private UserAccount author;
    private String prefix;

    @BeforeEach
    void staff() {
        editor = content.staff(Role.EDITOR);
        admin = content.staff(Role.ADMIN);
        author = content.staff(Role.AUTHOR, content.department());
        prefix = "zz" + tag();
    }

    /** Imported words are removed at once, however many. */
    @AfterEach
    void removeImported() {
        jdbc.update("delete from sensitive_word where folded like ?", prefix + "%");
        matcher.forgetAll();
    }

    @Test
    void editorsAddChangeAndDeleteWordsAndTheListShowsThem() throws Exception {
        String word = prefix + "敏感";
        mvc.perform(post("/admin/checks/words").param("word", "  " + word + " ").param("severity", "WARN")
                .with(as(editor)).with(csrf())).andExpect(status().is3xxRedirection());
        SensitiveWord stored = wordRepository.findByFolded(word).orElseThrow();
        assertThat(stored.getWord()).isEqualTo(word);
        assertThat(stored.getSeverity()).isEqualTo(CheckSeverity.WARN);

        Document list = page(editor, "/admin/checks/words?q=" + fullWidth(prefix.toUpperCase()));
        assertThat(list.select("#words tbody tr")).hasSize(1);
        assertThat(list.select("#words tbody td bdi").text()).isEqualTo(word);

        MvcResult duplicate = mvc.perform(post("/admin/checks/words").param("word", fullWidth(prefix.toUpperCase()) + "敏感")
                .param("severity", "BLOCK").with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        Document refused = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin/checks/words").with(as(admin))
                        .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash(duplicate)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#word-add .field-error").text()).isEqualTo("This word is already on the list.");
        assertThat(refused.getElementById("word").val()).as("as typed").isEqualTo(fullWidth(prefix.toUpperCase()) + "敏感");

        mvc.perform(post("/admin/checks/words").param("word", prefix + "\u200Bx").param("severity", "BLOCK")
                .with(as(editor)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(wordRepository.findByFolded(prefix + "x")).as("an invisible character is refused").isEmpty();

        mvc.perform(post("/admin/checks/words/" + stored.getId()).param("word", word + "词").param("severity", "BLOCK")
                .with(as(editor)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(wordRepository.findById(stored.getId()).orElseThrow().getSeverity()).isEqualTo(CheckSeverity.BLOCK);
        assertThat(wordRepository.findById(stored.getId()).orElseThrow().getWord()).isEqualTo(word + "词");
        mvc.perform(post("/admin/checks/words/" + stored.getId()).param("word", "").param("severity", "BLOCK")
                .with(as(editor)).with(csrf())).andExpect(status().isOk());

        mvc.perform(post("/admin/checks/words/" + stored.getId() + "/delete").with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(wordRepository.findById(stored.getId())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action in ('SENSITIVE_WORD_SAVED', "
                + "'SENSITIVE_WORD_DELETED') and target_id = ?", Integer.class, stored.getId())).isEqualTo(3);
        mvc.perform(MockMvcRequestBuilders.get("/admin/checks/words/" + stored.getId()).with(as(editor))).andExpect(status().isNotFound());
    }

    @Test
    void theFormsAddingAndChangingAWordOfferTheSameFields() throws Exception {
        String word = prefix + "同";
        mvc.perform(post("/admin/checks/words").param("word", word).param("severity", "BLOCK")
                .with(as(editor)).with(csrf())).andExpect(status().is3xxRedirection());
        long id = wordRepository.findByFolded(word).orElseThrow().getId();
        Element add = page(editor, "/admin/checks/words").getElementById("word-add");
        Element change = page(editor, "/admin/checks/words/" + id).getElementById("word-edit");

        for (Element form : List.of(add, change)) {
            assertThat(form.select(".field label").eachText()).containsExactly("Word or phrase", "When found");
            assertThat(form.select(".field label").eachAttr("for")).containsExactly("word", "severity");
            assertThat(form.selectFirst("input#word[name=word][maxlength=200][required]")).isNotNull();
            assertThat(form.select("select#severity[name=severity] option").eachAttr("value")).containsExactly("BLOCK", "WARN");
        }
        assertThat(add.getElementById("word").val()).isEmpty();
        assertThat(change.getElementById("word").val()).isEqualTo(word);
        assertThat(change.select("option[selected]").val()).isEqualTo("BLOCK");
        Document refused = Jsoup.parse(mvc.perform(post("/admin/checks/words/" + id).param("word", "").param("severity", "WARN")
                .with(as(editor)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#word-edit .field.has-error .field-error").text()).isEqualTo("Fill in this field.");
        assertThat(refused.select("#word-edit option[selected]").val()).isEqualTo("WARN");
    }

    @Test
    void requestsNoPageOfTheListSendsAreAnsweredWithoutAFailure() throws Exception {
        for (String query : new String[] {"page=abc", "page=0", "page=-1", "page=99999999999", "q=" + "x".repeat(101)}) {
            assertThat(mvc.perform(MockMvcRequestBuilders.get("/admin/checks/words?" + query).with(as(editor)))
                    .andReturn().getResponse().getStatus()).as(query).isEqualTo(400);
        }
        mvc.perform(MockMvcRequestBuilders.get("/admin/checks/words").param("q", "\u0000").with(as(editor)))
                .andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.get("/admin/checks/words?page=9999").with(as(editor))).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/admin/checks/words/abc").with(as(editor))).andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.get("/admin/checks/words/99999999999").with(as(editor))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/checks/words/99999999999/delete").with(as(editor)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/checks/words").param("word", prefix + "\u0000").param("severity", "BLOCK")
                .with(as(editor)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/checks/words").param("word", prefix).param("severity", "BOGUS")
                .with(as(editor)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/checks/words").param("word", prefix + "长".repeat(60)).param("severity", "BLOCK")
                .with(as(editor)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from sensitive_word where folded like ?", Integer.class, prefix + "%"))
                .isZero();
        mvc.perform(post("/admin/checks/words/import").contentType("application/x-www-form-urlencoded").content("file=x")
                .with(as(editor)).with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void authorsMayNeitherSeeNorChangeTheList() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/admin/checks/words").with(as(author))).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/admin/checks/words/export").with(as(author))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/checks/words").param("word", prefix).param("severity", "BLOCK").with(as(author)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/checks/words/import").file(file((prefix + "\tblock\n").getBytes(StandardCharsets.UTF_8)))
                .with(as(author)).with(csrf())).andExpect(status().isForbidden());
        assertThat(wordRepository.findByFolded(prefix)).isEmpty();
        String page = mvc.perform(MockMvcRequestBuilders.get("/admin/articles").with(as(author))).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("a[href='/admin/checks/words']")).as("no link in the menu").isEmpty();
    }

    @Test
    void anImportReportsEveryOddLineAndTheExportReadsBackUnchanged() throws Exception {
        mvc.perform(post("/admin/checks/words").param("word", prefix + "old").param("severity", "WARN")
                .with(as(editor)).with(csrf())).andExpect(status().is3xxRedirection());
        String text = "\uFEFF# the news office's list\r\n"
                + prefix + "甲\tblock\r\n"
                + prefix + "old\tblock\n"
                + "\n"
                + prefix + "乙\n"
                + prefix + "bad\u0000\twarn\n"
                + prefix + "x".repeat(60) + "\tblock\n"
                + prefix + "丙\tsometimes\n"
                + fullWidth(prefix.toUpperCase()) + "甲\twarn\n";

        Document report = importFile(editor, text.getBytes(StandardCharsets.UTF_8));

        assertThat(report.getElementById("import-summary").text()).startsWith("Read 9 lines")
                .contains("2 words added", "1 changed", "0 already on the list");
        assertThat(report.getElementById("import-skipped").text())
                .isEqualTo("Skipped: 1 blank lines, 1 comments and 4 lines that could not be used.");
        assertThat(report.select("#import-problems tbody tr").eachAttr("data-line")).containsExactly("6", "7", "8", "9");
        assertThat(report.select("#import-problems tbody tr").get(3).text()).contains("The same word as an earlier line");
        assertThat(wordRepository.findByFolded(prefix + "甲").orElseThrow().getSeverity()).isEqualTo(CheckSeverity.BLOCK);
        assertThat(wordRepository.findByFolded(prefix + "old").orElseThrow().getSeverity()).isEqualTo(CheckSeverity.BLOCK);
        assertThat(wordRepository.findByFolded(prefix + "乙").orElseThrow().getSeverity()).isEqualTo(CheckSeverity.WARN);

        MvcResult export = mvc.perform(MockMvcRequestBuilders.get("/admin/checks/words/export").with(as(editor))).andExpect(status().isOk()).andReturn();
        assertThat(export.getResponse().getContentType()).startsWith("text/plain");
        assertThat(export.getResponse().getHeader("Content-Disposition")).contains("attachment", "sensitive-words.txt");
        String exported = export.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(exported).contains(prefix + "甲\tblock\n", prefix + "old\tblock\n", prefix + "乙\twarn\n");

        Document again = importFile(admin, exported.getBytes(StandardCharsets.UTF_8));
        long all = wordRepository.count();
        assertThat(again.getElementById("import-summary").text())
                .contains("0 words added, 0 changed, " + String.format("%,d", all) + " already on the list");
        assertThat(again.getElementById("import-skipped").text()).endsWith("and 0 lines that could not be used.");

        assertThat(importFile(editor, new byte[0]).getElementById("import-refused").text()).isEqualTo("Choose a file to import.");
        mvc.perform(multipart("/admin/checks/words/import").with(as(editor)).with(csrf()))
                .andExpect(status().isOk());
    }

    @Test
    void aListOfAHundredThousandLinesWithOddOnesImportsQuickly() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Map<WordListFile.Problem, Integer> expected = new EnumMap<>(WordListFile.Problem.class);
        int good = 0;
        int blank = 0;
        for (int line = 1; line <= 100_000; line++) {
            String text;
            if (line % 1000 == 0) {
                text = "";
                blank++;
            } else if (line % 997 == 0) {
                text = prefix + line + "\u0007\tblock";
                expected.merge(WordListFile.Problem.CHARACTERS, 1, Integer::sum);
            } else if (line % 991 == 0) {
                text = prefix + "长".repeat(60);
                expected.merge(WordListFile.Problem.TOO_LONG, 1, Integer::sum);
            } else if (line % 983 == 0) {
                text = fullWidth(prefix.toUpperCase()) + "1\twarn";
                expected.merge(WordListFile.Problem.DUPLICATE, 1, Integer::sum);
            } else {
                text = prefix + line + (line % 2 == 0 ? "\tblock" : "\twarn");
                good++;
            }
            file.writeBytes((text + (line % 3 == 0 ? "\r\n" : "\n")).getBytes(StandardCharsets.UTF_8));
        }
        file.write(new byte[] {(byte) 0xFF, (byte) 0xFE, '\n'});
        expected.merge(WordListFile.Problem.NOT_UTF8, 1, Integer::sum);

        long started = System.nanoTime();
        Document report = importFile(editor, file.toByteArray());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("the import of 100,000 lines").isLessThan(Duration.ofSeconds(30));
        assertThat(report.getElementById("import-summary").text()).startsWith("Read 100,001 lines")
                .contains(String.format("%,d words added, 0 changed", good));
        int skipped = expected.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(report.getElementById("import-skipped").text())
                .isEqualTo("Skipped: " + blank + " blank lines, 0 comments and " + skipped + " lines that could not be used.");
        for (Element count : report.select("#import-problem-counts li")) {
            WordListFile.Problem problem = WordListFile.Problem.valueOf(count.attr("data-problem"));
            assertThat(count.text()).as(problem.name()).endsWith(": " + expected.get(problem));
        }
        assertThat(report.select("#import-problem-counts li")).hasSize(expected.size());
        assertThat(skipped).isGreaterThan(WordListFile.LISTED_PROBLEMS);
        assertThat(report.select("#import-problems tbody tr")).hasSize(WordListFile.LISTED_PROBLEMS);
        assertThat(jdbc.queryForObject("select count(*) from sensitive_word where folded like ?", Integer.class, prefix + "%"))
                .isEqualTo(good);
        assertThat(matcher.find(FoldedText.fold("text with " + prefix + "4 inside"))).as("the matcher has the list")
                .extracting(SensitiveWordMatcher.Match::severity).containsExactly(CheckSeverity.BLOCK);
    }

    private Document importFile(UserAccount user, byte[] bytes) throws Exception {
        return Jsoup.parse(mvc.perform(multipart("/admin/checks/words/import").file(file(bytes)).with(as(user)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("file", "words.txt", "text/plain", bytes);
    }

    private Document page(UserAccount user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static FlashMap flash(MvcResult result) {
        return result.getFlashMap();
    }
}
