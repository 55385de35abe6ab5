package org.campusnews.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChineseIdNumberTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    /** The first 17 characters with the check character computed independently of the class under test. */
    static String withCheck(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @Test
    void theStandardsExampleAndComputedNumbersAreValid() {
        assertThat(ChineseIdNumber.isValid("11010519491231002X", TODAY)).isTrue();
        assertThat(ChineseIdNumber.isValid("11010519491231002x", TODAY)).as("a lower-case X").isTrue();
        assertThat(ChineseIdNumber.isValid(withCheck("44030620000229123"), TODAY)).as("29 February of a leap year").isTrue();
        assertThat(ChineseIdNumber.isValid(withCheck("31010120260301001"), TODAY)).as("born today").isTrue();
    }

    @Test
    void aWrongCheckCharacterIsNotANumber() {
        String valid = withCheck("32010219851107123");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        assertThat(ChineseIdNumber.isValid(valid, TODAY)).isTrue();
        assertThat(ChineseIdNumber.isValid(valid.substring(0, 17) + wrong, TODAY)).isFalse();
        assertThat(ChineseIdNumber.isValid("110105194912310021", TODAY)).isFalse();
    }

    @Test
    void anImplausibleBirthDateOrRegionIsNotANumber() {
        assertThat(ChineseIdNumber.isValid(withCheck("11010519491331002"), TODAY)).as("month 13").isFalse();
        assertThat(ChineseIdNumber.isValid(withCheck("44030620010229123"), TODAY)).as("29 February 2001").isFalse();
        assertThat(ChineseIdNumber.isValid(withCheck("31010120260302001"), TODAY)).as("born tomorrow").isFalse();
        assertThat(ChineseIdNumber.isValid(withCheck("11010518991231002"), TODAY)).as("born before 1900").isFalse();
        assertThat(ChineseIdNumber.isValid(withCheck("99010519491231002"), TODAY)).as("no such province").isFalse();
        assertThat(ChineseIdNumber.isValid("1101051949123100", TODAY)).as("too short").isFalse();
        assertThat(ChineseIdNumber.isValid("1101051949123100X2", TODAY)).as("X not last").isFalse();
    }
}
