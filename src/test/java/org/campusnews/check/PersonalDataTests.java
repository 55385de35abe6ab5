package org.campusnews.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static List<String> found(String text, CheckKind kind) {
        FoldedText folded = FoldedText.of(text);
        return PersonalData.in(folded.folded(), TODAY).stream().filter(match -> match.kind() == kind)
                .map(match -> text.substring(folded.originalStart(match.start()), folded.originalEnd(match.end())))
                .toList();
    }

    @Test
    void idNumbersWithAValidCheckCharacterAreFoundAndOthersAreNot() {
        String valid = ChineseIdNumberTests.withCheck("42010619900307451");
        String invalid = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        assertThat(found("身份证号" + valid + "，请核对", CheckKind.ID_NUMBER)).containsExactly(valid);
        assertThat(found("号码 11010519491231002x 已登记", CheckKind.ID_NUMBER)).containsExactly("11010519491231002x");
        assertThat(found("订单号" + invalid, CheckKind.ID_NUMBER)).isEmpty();
        assertThat(found("编号 1" + valid, CheckKind.ID_NUMBER)).as("part of a longer number").isEmpty();
        String fullWidth = valid.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat);
        assertThat(found("证件：" + fullWidth, CheckKind.ID_NUMBER)).as("full-width digits").containsExactly(fullWidth);
    }

    @Test
    void mobileNumbersAreFoundWithOrWithoutTheCountryCodeSpacesAndDashes() {
        assertThat(found("电话13812345678。", CheckKind.MOBILE_NUMBER)).containsExactly("13812345678");
        assertThat(found("Call +86 138 1234 5678 today", CheckKind.MOBILE_NUMBER)).containsExactly("+86 138 1234 5678");
        assertThat(found("手机：+86-159-0000-1111", CheckKind.MOBILE_NUMBER)).containsExactly("+86-159-0000-1111");
        assertThat(found("0086 19912345678", CheckKind.MOBILE_NUMBER)).containsExactly("0086 19912345678");
        assertThat(found("联系１７７１２３４５６７８", CheckKind.MOBILE_NUMBER)).containsExactly("１７７１２３４５６７８");
    }

    @Test
    void numbersThatAreNotMobileNumbersAreNotFound() {
        assertThat(found("编号12345678901", CheckKind.MOBILE_NUMBER)).as("second digit 2").isEmpty();
        assertThat(found("1381234567", CheckKind.MOBILE_NUMBER)).as("10 digits").isEmpty();
        assertThat(found("138123456789", CheckKind.MOBILE_NUMBER)).as("12 digits").isEmpty();
        assertThat(found("Room 2026, phone 0571-8888-1234", CheckKind.MOBILE_NUMBER)).as("a landline").isEmpty();
        assertThat(found(ChineseIdNumberTests.withCheck("11010519491231002"), CheckKind.MOBILE_NUMBER))
                .as("inside an ID number").isEmpty();
    }

    @Test
    void emailAddressesAreFoundInAnyWidth() {
        assertThat(found("Write to news@example.edu.cn.", CheckKind.EMAIL)).containsExactly("news@example.edu.cn");
        assertThat(found("邮箱：Zhang.San+news@Mail.Example.com", CheckKind.EMAIL)).containsExactly("Zhang.San+news@Mail.Example.com");
        assertThat(found("ｎｅｗｓ＠ｅｘａｍｐｌｅ．ｅｄｕ", CheckKind.EMAIL)).containsExactly("ｎｅｗｓ＠ｅｘａｍｐｌｅ．ｅｄｕ");
        assertThat(found("user@localhost, @handle, a@b and 2@3.4", CheckKind.EMAIL)).isEmpty();
    }
}
