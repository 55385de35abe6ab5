package org.campusnews.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.campusnews.department.Department;
import org.campusnews.user.Role;
import org.campusnews.user.Staff;
import org.campusnews.user.UserAccount;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in staff member: role and departments are what every permission check asks about. */
public class StaffPrincipal implements Staff, UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final Role role;
    private final Set<Long> departmentIds;
    private final boolean enabled;
    private volatile boolean mustChangePassword;

    StaffPrincipal(UserAccount user) {
        this.id = user.getId();
        this.username = user.getUsername();
        this.displayName = user.getDisplayName();
        this.passwordHash = user.getPasswordHash();
        this.role = user.getRole();
        this.departmentIds = user.getDepartments().stream().map(Department::getId).collect(Collectors.toUnmodifiableSet());
        this.enabled = user.isEnabled();
        this.mustChangePassword = user.isMustChangePassword();
    }

    @Override
    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    @Override
    public Role getRole() {
        return role;
    }

    @Override
    public Set<Long> getDepartmentIds() {
        return departmentIds;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void passwordChanged() {
        this.mustChangePassword = false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** One person, however often signed in: the session registry groups sessions by this. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal staff && staff.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
