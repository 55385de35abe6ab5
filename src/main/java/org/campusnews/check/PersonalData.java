package org.campusnews.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data in a folded text ({@link FoldedText}: full-width digits and {@code ＠} are plain by then): mainland
 * resident ID numbers with a valid check character, mainland mobile numbers ({@code 1[3-9]x} and eight more digits,
 * with or without {@code +86} / {@code 0086}, spaces or dashes between the groups) and e-mail addresses.
 */
final class PersonalData {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9a-z])[1-9][0-9]{16}[0-9x](?![0-9a-z])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9+])(?:(?:\\+|00)86[ \\-]?)?(1[3-9][0-9])[ \\-]?([0-9]{4})[ \\-]?([0-9]{4})(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![a-z0-9._%+\\-])[a-z0-9._%+\\-]+@[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?)*\\.[a-z]{2,}(?![a-z0-9\\-])");

    /**
     * One piece of personal data at [start, end) of the folded text.
     *
     * @param value what it is, the same however it is written (digits only, lower case)
     */
    record Match(CheckKind kind, int start, int end, String value) {
    }

    private PersonalData() {
    }

    static List<Match> in(String folded, LocalDate today) {
        List<Match> found = new ArrayList<>();
        Matcher id = ID_NUMBER.matcher(folded);
        while (id.find()) {
            if (ChineseIdNumber.isValid(id.group(), today)) {
                found.add(new Match(CheckKind.ID_NUMBER, id.start(), id.end(), id.group().toUpperCase(java.util.Locale.ROOT)));
            }
        }
        Matcher mobile = MOBILE.matcher(folded);
        while (mobile.find()) {
            found.add(new Match(CheckKind.MOBILE_NUMBER, mobile.start(), mobile.end(),
                    mobile.group(1) + mobile.group(2) + mobile.group(3)));
        }
        if (folded.indexOf('@') >= 0) {
            Matcher email = EMAIL.matcher(folded);
            while (email.find()) {
                found.add(new Match(CheckKind.EMAIL, email.start(), email.end(), email.group()));
            }
        }
        return found;
    }
}
