package org.campusnews.check;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.campusnews.article.ArticleRepository;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.support.IntegrationTest;
import org.campusnews.user.Staff;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Words added through the word list's page (and removed after each test), articles saved through the editor. */
abstract class CheckTestSupport extends IntegrationTest {

    @Autowired
    protected ArticleRepository articles;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected SensitiveWordRepository wordRepository;

    @Autowired
    protected SensitiveWordList wordList;

    @Autowired
    private UserDetailsService userDetails;

    private final List<String> addedWords = new ArrayList<>();
    private UserAccount wordKeeper;

    /** Lower-case letters no text of the demo or another test holds. */
    protected static String tag() {
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return tag.toString();
    }

    /** The full-width form of ASCII letters and digits: ＡＢＣ for ABC. */
    protected static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append(c > 32 && c < 127 ? (char) (c - 0x21 + 0xFF01) : (char) c));
        return wide.toString();
    }

    protected void addWord(UserAccount editor, String word, String severity) throws Exception {
        wordKeeper = editor;
        mvc.perform(MockMvcRequestBuilders.post("/admin/checks/words").param("word", word).param("severity", severity)
                        .with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        addedWords.add(word);
    }

    @AfterEach
    void removeWords() {
        for (String word : addedWords) {
            wordRepository.findByFolded(FoldedText.fold(word)).ifPresent(found -> wordList.delete(found.getId(), staff(wordKeeper)));
        }
        addedWords.clear();
    }

    protected Staff staff(UserAccount user) {
        return (Staff) userDetails.loadUserByUsername(user.getUsername());
    }

    /** Saves a new article through the editor with this action; answers its id. */
    protected long create(UserAccount user, ArticleEditorPost post, String action) throws Exception {
        MvcResult result = mvc.perform(post.param("action", action).post("/admin/articles").with(as(user)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("^/admin/articles/(\\d+)/edit.*$", "$1"));
    }

    protected MvcResult update(UserAccount user, long id, ArticleEditorPost post, String action) throws Exception {
        return mvc.perform(post.param("version", version(id)).param("action", action).post("/admin/articles/" + id)
                .with(as(user)).with(csrf())).andReturn();
    }

    protected String version(long id) {
        return Long.toString(articles.findById(id).orElseThrow().getVersion());
    }

    protected Document editor(UserAccount user, long id) throws Exception {
        return Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/edit").with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The findings the editor shows beside a field: {@code zh-title}, {@code en-body} … */
    protected static List<Element> findings(Document page, String place) {
        Element block = page.getElementById("checks-" + place);
        return block == null ? List.of() : block.select("li.check-finding");
    }

    protected static List<String> kinds(Document page, String place) {
        return findings(page, place).stream().map(finding -> finding.attr("data-kind")).toList();
    }

    protected static List<String> marks(Document page, String place) {
        return findings(page, place).stream().map(finding -> finding.select("mark").text()).toList();
    }
}
