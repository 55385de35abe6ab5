package org.campusnews.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * The 18-character resident identity card number of mainland China (GB 11643-1999): six digits of the region where
 * it was issued, the date of birth (yyyyMMdd), three digits of sequence and a check character computed with ISO 7064
 * MOD 11-2 ({@code 0}–{@code 9} or {@code X}). A number whose check character, region or date of birth is wrong is
 * not one: an 18-digit order or account number rarely passes all three.
 */
final class ChineseIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    /** The first two digits: provinces, autonomous regions, municipalities, Taiwan, Hong Kong and Macau. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ChineseIdNumber() {
    }

    /** Whether the 18 characters (digits, the last possibly {@code X} or {@code x}) are a possible number today. */
    static boolean isValid(String number, LocalDate today) {
        if (number == null || number.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return false;
            }
        }
        return PROVINCES.contains(number.substring(0, 2)) && plausibleBirth(number.substring(6, 14), today)
                && checkCharacter(number) == Character.toUpperCase(number.charAt(17));
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits. */
    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static boolean plausibleBirth(String yyyyMMdd, LocalDate today) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(yyyyMMdd.substring(0, 4)),
                    Integer.parseInt(yyyyMMdd.substring(4, 6)), Integer.parseInt(yyyyMMdd.substring(6, 8)));
            return !birth.isBefore(EARLIEST_BIRTH) && !birth.isAfter(today);
        } catch (DateTimeException | NumberFormatException notADate) {
            return false;
        }
    }
}
