package org.campusnews.user.admin;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.campusnews.department.Department;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;

/** What an administrator edits of a staff account; {@link NewUserForm} adds what is set only once. */
public class UserForm {

    @NotBlank(message = "{staff.validation.required}")
    @Size(max = 100, message = "{staff.validation.maxLength}")
    private String displayName;

    @NotNull(message = "{user.role.required}")
    private Role role;

    private Set<Long> departmentIds = new LinkedHashSet<>();

    private boolean enabled = true;

    /** The version of the account the form was filled from, so that a concurrent change is not overwritten. */
    private long version;

    static UserForm of(UserAccount user) {
        UserForm form = new UserForm();
        form.displayName = user.getDisplayName();
        form.role = user.getRole();
        user.getDepartments().stream().map(Department::getId).forEach(form.departmentIds::add);
        form.enabled = user.isEnabled();
        form.version = user.getVersion();
        return form;
    }

    String trimmedDisplayName() {
        return displayName.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Set<Long> getDepartmentIds() {
        return departmentIds;
    }

    public void setDepartmentIds(Set<Long> departmentIds) {
        this.departmentIds = departmentIds == null ? new LinkedHashSet<>() : departmentIds;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
