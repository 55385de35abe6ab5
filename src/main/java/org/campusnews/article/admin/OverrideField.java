package org.campusnews.article.admin;

import jakarta.validation.constraints.Size;

/**
 * A reviewer's acceptance of one warning of the pre-publishing checks, as the editor posts it: the finding's key and
 * the reason (left empty, it accepts nothing).
 */
public class OverrideField {

    @Size(max = 300, message = "{staff.validation.maxLength}")
    private String key;

    @Size(max = 500, message = "{staff.validation.maxLength}")
    private String reason;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
