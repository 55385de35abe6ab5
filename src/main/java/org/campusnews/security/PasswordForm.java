package org.campusnews.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A password change by its owner. */
public class PasswordForm {

    @NotBlank(message = "{staff.validation.required}")
    private String currentPassword;

    @NotBlank(message = "{staff.validation.required}")
    @Size(min = 10, max = 72, message = "{user.password.length}")
    private String newPassword;

    private String confirmation;

    @AssertTrue(message = "{password.confirmation.mismatch}")
    public boolean isConfirmed() {
        return newPassword == null || newPassword.equals(confirmation);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
