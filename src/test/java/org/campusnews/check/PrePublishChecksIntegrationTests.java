package org.campusnews.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.campusnews.article.ArticleStatus;
import org.campusnews.department.Department;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The checks as the article editor shows them and as the workflow meets them: sensitive words (in both languages,
 * every field, any width and case), personal data, and the gate before submitting and publishing.
 */
class PrePublishChecksIntegrationTests extends CheckTestSupport {

    private Section section;
    private Department department;
    private UserAccount author;
    private UserAccount editor;

    @BeforeEach
    void staff() {
        section = content.section();
        department = content.department();
        author = content.staff(Role.AUTHOR, department);
        editor = content.staff(Role.EDITOR);
    }

    @Test
    void sensitiveWordsAreFoundInEveryFieldOfBothLanguagesWhateverTheirWidthAndCase() throws Exception {
        String tag = tag();
        String blocked = "违规词" + tag;
        String warned = "badword" + tag;
        addWord(editor, blocked, "BLOCK");
        addWord(editor, fullWidth(warned.toUpperCase()), "WARN");
        long id = create(author, ArticleEditorPost.bilingual(section, department)
                .param("zh.title", "关于" + blocked + "的通知")
                .param("zh.summary", "摘要：违规词" + fullWidth(tag.toUpperCase()))
                .param("zh.body", "<p>正文提到" + blocked.toUpperCase() + "，又提到<strong>" + blocked + "</strong>。</p>")
                .param("en.title", "Notice <b>on</b> " + warned.toUpperCase())
                .param("en.summary", "Summary with " + fullWidth(warned))
                .param("en.body", "<p>Body with " + warned + " once; not" + warned + " nor " + warned + "s.</p>"), "SAVE");

        Document page = editor(editor, id);

        assertThat(marks(page, "zh-title")).containsExactly(blocked);
        assertThat(findings(page, "zh-title").get(0).hasClass("check-finding--BLOCK")).isTrue();
        assertThat(marks(page, "zh-summary")).containsExactly("违规词" + fullWidth(tag.toUpperCase()));
        assertThat(marks(page, "zh-body")).as("one finding, counted twice").containsExactly(blocked.toUpperCase());
        assertThat(findings(page, "zh-body").get(0).text()).contains("(2 times)");
        assertThat(marks(page, "en-title")).containsExactly(warned.toUpperCase());
        assertThat(findings(page, "en-title").get(0).hasClass("check-finding--WARN")).isTrue();
        assertThat(findings(page, "en-title").get(0).selectFirst(".check-excerpt").text())
                .as("the text around the match, as text").isEqualTo("Notice <b>on</b> " + warned.toUpperCase());
        assertThat(marks(page, "en-summary")).containsExactly(fullWidth(warned));
        assertThat(marks(page, "en-body")).as("whole words only in alphabetic scripts").containsExactly(warned);
        assertThat(page.getElementById("checks-blocking").text()).endsWith("3");
        assertThat(page.getElementById("checks-open").text()).endsWith("3");

        Document clean = editor(editor, create(author, ArticleEditorPost.bilingual(section, department), "SAVE"));
        assertThat(clean.select("li.check-finding")).as("an article without any word of the list").isEmpty();
        assertThat(clean.getElementById("checks").text()).contains("The checks found nothing to fix.");
    }

    @Test
    void aBlockingWordStopsSubmittingAndPublishingAndCannotBeAccepted() throws Exception {
        String blocked = "禁用语" + tag();
        addWord(editor, blocked, "BLOCK");
        ArticleEditorPost post = ArticleEditorPost.bilingual(section, department).param("zh.body", "<p>内容" + blocked + "</p>");
        long id = create(author, post, "SAVE");

        MvcResult submit = update(author, id, post.param("en.title", "Typed before the refusal"), "SUBMIT");
        assertThat(submit.getResponse().getStatus()).isEqualTo(200);
        assertThat(submit.getModelAndView().getModel().get("flashError")).isEqualTo("checks.gate.blocked");
        Document refused = Jsoup.parse(submit.getResponse().getContentAsString());
        assertThat(refused.getElementById("en.title").val()).as("the text as typed").isEqualTo("Typed before the refusal");
        assertThat(marks(refused, "zh-body")).containsExactly(blocked);
        assertThat(statusOf(id)).isEqualTo(ArticleStatus.DRAFT);

        MvcResult publish = update(editor, id, post, "PUBLISH");
        assertThat(publish.getModelAndView().getModel().get("flashError")).isEqualTo("checks.gate.blocked");
        String key = Jsoup.parse(publish.getResponse().getContentAsString()).selectFirst("#checks-zh-body li").attr("data-key");
        assertThat(Jsoup.parse(publish.getResponse().getContentAsString()).select("input[name^=override]"))
                .as("nobody is offered to accept a blocking finding").isEmpty();

        MvcResult forged = update(editor, id, post.param("overrideKey", key).param("overrideReason", "Accept anyway"),
                "PUBLISH");
        assertThat(forged.getModelAndView().getModel().get("flashError")).isEqualTo("checks.gate.blocked");
        assertThat(statusOf(id)).isEqualTo(ArticleStatus.DRAFT);
        assertThat(overrides(id)).isZero();

        long before = articles.count();
        mvc.perform(post.param("action", "PUBLISH").post("/admin/articles").with(as(editor)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(articles.count()).as("a new article refused is not created").isEqualTo(before);

        MvcResult fixed = update(author, id, ArticleEditorPost.bilingual(section, department), "SUBMIT");
        assertThat(fixed.getResponse().getStatus()).isEqualTo(302);
        assertThat(statusOf(id)).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void aWarningLetsTheAuthorSubmitButTheReviewerMustAcceptItWithAReasonBeforePublishing() throws Exception {
        String warned = "留意词" + tag();
        addWord(editor, warned, "WARN");
        ArticleEditorPost post = ArticleEditorPost.bilingual(section, department).param("zh.title", "通知" + warned);
        long id = create(author, post, "SAVE");
        Document authorsPage = editor(author, id);
        assertThat(kinds(authorsPage, "zh-title")).containsExactly("SENSITIVE_WORD");
        assertThat(authorsPage.select("input[name^=override]")).as("authors accept nothing").isEmpty();
        String key = authorsPage.selectFirst("#checks-zh-title li").attr("data-key");

        MvcResult forged = update(author, id, ArticleEditorPost.bilingual(section, department).param("zh.title", "通知" + warned)
                .param("overrideKey", key).param("overrideReason", "I say so"), "SAVE");
        assertThat(forged.getResponse().getStatus()).isEqualTo(403);
        assertThat(overrides(id)).isZero();

        assertThat(update(author, id, post, "SUBMIT").getResponse().getStatus()).isEqualTo(302);
        assertThat(statusOf(id)).isEqualTo(ArticleStatus.IN_REVIEW);

        MvcResult publish = update(editor, id, post, "PUBLISH");
        assertThat(publish.getModelAndView().getModel().get("flashError")).isEqualTo("checks.gate.openWarnings");
        assertThat(statusOf(id)).isEqualTo(ArticleStatus.IN_REVIEW);
        String refused = publish.getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select("#checks-zh-title input[name=overrideReason]")).hasSize(1);

        String reason = "The word is the name of a course, approved by the news office";
        assertThat(update(editor, id, post.acceptingWarningsOf(refused, reason), "PUBLISH").getResponse().getStatus())
                .isEqualTo(302);
        assertThat(statusOf(id)).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(jdbc.queryForObject("select reason from check_override where article_id = ? and finding_key = ?",
                String.class, id, key)).isEqualTo(reason);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CHECK_WARNING_ACCEPTED' and target_id = ?"
                + " and actor = ? and details like ?", Integer.class, id, editor.getUsername(), "%" + reason)).isEqualTo(1);
        Element accepted = editor(editor, id).selectFirst("#checks-zh-title .check-accepted");
        assertThat(accepted.text()).contains(editor.getUsername(), reason);

        ArticleEditorPost later = ArticleEditorPost.bilingual(section, department).param("zh.title", "通知" + warned)
                .param("en.summary", "A later change");
        assertThat(update(editor, id, later, "UNPUBLISH").getResponse().getStatus()).isEqualTo(302);
        assertThat(update(editor, id, later, "PUBLISH").getResponse().getStatus()).as("accepted while the finding stays")
                .isEqualTo(302);
        assertThat(statusOf(id)).isEqualTo(ArticleStatus.PUBLISHED);

        assertThat(update(editor, id, ArticleEditorPost.bilingual(section, department), "SAVE").getResponse().getStatus())
                .isEqualTo(302);
        assertThat(overrides(id)).as("dropped once the finding is gone").isZero();
        assertThat(update(editor, id, later, "SAVE").getResponse().getStatus()).isEqualTo(302);
        assertThat(editor(editor, id).select("#checks-zh-title .check-accepted")).as("back again: a new warning").isEmpty();
    }

    @Test
    void personalDataIsReportedAndIdNumbersOnlyWithAValidCheckCharacter() throws Exception {
        String valid = ChineseIdNumberTests.withCheck("33010619880512402");
        String invalid = valid.substring(0, 17) + (valid.charAt(17) == '3' ? '4' : '3');
        ArticleEditorPost post = ArticleEditorPost.bilingual(section, department)
                .param("zh.body", "<p>学生身份证号" + valid + "，订单号" + invalid + "。</p>")
                .param("en.summary", "Call +86 138 1234 5678 or write to zhang.san@example.edu.cn")
                .param("en.body", "<p>Room 12345678901 and ＺＨＡＮＧ＠ＥＸＡＭＰＬＥ．ＣＯＭ</p>");
        long id = create(author, post, "SAVE");

        Document page = editor(editor, id);

        assertThat(kinds(page, "zh-body")).containsExactly("ID_NUMBER");
        assertThat(marks(page, "zh-body")).containsExactly(valid);
        assertThat(kinds(page, "en-summary")).containsExactlyInAnyOrder("MOBILE_NUMBER", "EMAIL");
        assertThat(marks(page, "en-summary")).containsExactlyInAnyOrder("+86 138 1234 5678", "zhang.san@example.edu.cn");
        assertThat(kinds(page, "en-body")).containsExactly("EMAIL");
        assertThat(findings(page, "zh-body").get(0).attr("data-key")).as("personal data is not kept in keys")
                .doesNotContain(valid);

        assertThat(update(editor, id, post.acceptingWarningsOf(page.outerHtml(), "Published with their consent"), "SAVE")
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(overrides(id)).isEqualTo(4);
        assertThat(jdbc.queryForList("select details from audit_event where action = 'CHECK_WARNING_ACCEPTED' and target_id = ?",
                String.class, id)).hasSize(4).allSatisfy(details -> assertThat(details)
                        .contains("Published with their consent").doesNotContain(valid, "1234", "zhang", "ＺＨＡＮＧ"));
        assertThat(editor(editor, id).select("li.check-finding--accepted")).hasSize(4);
    }

    @Test
    void acceptancesThatNoEditorPageSendsAreRefusedWithoutAFailure() throws Exception {
        long id = create(editor, ArticleEditorPost.bilingual(section, department), "SAVE");

        MvcResult tooLong = update(editor, id, ArticleEditorPost.bilingual(section, department)
                .param("overrideKey", "SENSITIVE_WORD|zh|title|x").param("overrideReason", "r".repeat(501)), "SAVE");
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(tooLong.getResponse().getContentAsString()).select("#other-errors .field-error").text())
                .contains("Use at most 500 characters.");
        MvcResult tooMany = update(editor, id, ArticleEditorPost.bilingual(section, department)
                .param("overrideKey", java.util.Collections.nCopies(201, "k").toArray(String[]::new)), "SAVE");
        assertThat(tooMany.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(tooMany.getResponse().getContentAsString()).select("#other-errors .field-error").text())
                .contains("Too many warnings accepted in one save.");
        MvcResult control = update(editor, id, ArticleEditorPost.bilingual(section, department)
                .param("overrideKey", "k").param("overrideReason", "bell\u0007"), "SAVE");
        assertThat(control.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(control.getResponse().getContentAsString()).select("#other-errors .field-error").text())
                .contains("U+0007");
        MvcResult unpaired = update(editor, id, ArticleEditorPost.bilingual(section, department)
                .param("overrideKey", "a", "b").param("overrideReason", "only one"), "SAVE");
        assertThat(unpaired.getResponse().getStatus()).isEqualTo(302);
        MvcResult unknown = update(editor, id, ArticleEditorPost.bilingual(section, department)
                .param("overrideKey", "SENSITIVE_WORD|zh|title|nothing-there").param("overrideReason", "y"), "SAVE");
        assertThat(unknown.getResponse().getStatus()).as("a finding that is not there is ignored").isEqualTo(302);
        assertThat(overrides(id)).isZero();
    }

    private ArticleStatus statusOf(long id) {
        return articles.findById(id).orElseThrow().getStatus();
    }

    private int overrides(long id) {
        return jdbc.queryForObject("select count(*) from check_override where article_id = ?", Integer.class, id);
    }
}
