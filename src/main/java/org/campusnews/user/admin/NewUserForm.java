package org.campusnews.user.admin;

import java.nio.charset.StandardCharsets;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new staff account: what {@link UserForm} edits, plus the user name and a first password. */
public class NewUserForm extends UserForm {

    @NotBlank(message = "{staff.validation.required}")
    @Pattern(regexp = "|[A-Za-z0-9._-]{3,50}", message = "{user.username.invalid}")
    private String username;

    /** Set by the administrator; the user must change it at the first sign-in. */
    @NotNull(message = "{user.password.length}")
    @Size(min = 10, max = 72, message = "{user.password.length}")
    private String password;

    /** BCrypt hashes at most 72 bytes, and 72 characters beyond ASCII are more than that. */
    @AssertTrue(message = "{user.password.bytes}")
    public boolean isPasswordStorable() {
        return password == null || password.length() > 72 || password.getBytes(StandardCharsets.UTF_8).length <= 72;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
