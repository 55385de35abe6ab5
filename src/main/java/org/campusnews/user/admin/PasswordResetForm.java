package org.campusnews.user.admin;

import java.nio.charset.StandardCharsets;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password an administrator sets for someone; they must change it at the next sign-in. */
public class PasswordResetForm {

    @NotNull(message = "{user.password.length}")
    @Size(min = 10, max = 72, message = "{user.password.length}")
    private String password;

    /** BCrypt hashes at most 72 bytes, and 72 characters beyond ASCII are more than that. */
    @AssertTrue(message = "{user.password.bytes}")
    public boolean isPasswordStorable() {
        return password == null || password.length() > 72 || password.getBytes(StandardCharsets.UTF_8).length <= 72;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
