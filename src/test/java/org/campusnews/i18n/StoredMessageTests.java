package org.campusnews.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;

class StoredMessageTests {

    private static final StaticMessageSource MESSAGES = new StaticMessageSource();

    static {
        MESSAGES.addMessage("revision.note.restored", Locale.ENGLISH, "restored revision {0}");
        MESSAGES.addMessage("revision.note.restored", Locale.CHINESE, "恢复版本 {0}");
        MESSAGES.addMessage("audit.detail.changed", Locale.ENGLISH, "changed {0} → {1}");
    }

    @Test
    void aCodeAndItsParametersAreStoredAsTextAndReadBack() {
        StoredMessage note = StoredMessage.of("revision.note.restored", 12L);

        assertThat(note.stored()).isEqualTo("revision.note.restored|12");
        assertThat(StoredMessage.read(note.stored(), "revision.note")).isEqualTo(note);
        assertThat(MESSAGES.getMessage(StoredMessage.read(note.stored(), "revision.note"), Locale.CHINESE))
                .isEqualTo("恢复版本 12");
    }

    @Test
    void barsAndBackslashesInParametersSurviveTheRoundTrip() {
        StoredMessage details = StoredMessage.of("audit.detail.changed", "a|b (A \\ B / 甲|乙)", "\\|", "");

        assertThat(details.stored()).isEqualTo("audit.detail.changed|a\\|b (A \\\\ B / 甲\\|乙)|\\\\\\||");
        MessageSourceResolvable read = StoredMessage.read(details.stored(), "audit.detail");
        assertThat(read).isEqualTo(details);
        assertThat(((StoredMessage) read).args()).containsExactly("a|b (A \\ B / 甲|乙)", "\\|", "");
    }

    @Test
    void otherTextIsShownAsItIs() {
        for (String text : new String[] {"edited", "Bad credentials", "A title with a | bar", "audit.detail.created|x",
                "site.name", "C:\\path\\", ""}) {
            assertThat(MESSAGES.getMessage(StoredMessage.read(text, "revision.note"), Locale.CHINESE)).isEqualTo(text);
        }
        assertThat(MESSAGES.getMessage(StoredMessage.read(null, "revision.note"), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aCodeTheBundlesDoNotKnowShowsTheStoredText() {
        assertThat(MESSAGES.getMessage(StoredMessage.read("revision.note.fromALaterVersion|3", "revision.note"),
                Locale.ENGLISH)).isEqualTo("revision.note.fromALaterVersion|3");
    }

    @Test
    void onlyMessageKeysAreCodes() {
        assertThatThrownBy(() -> new StoredMessage("not a key", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredMessage.of("single")).isInstanceOf(IllegalArgumentException.class);
    }
}
