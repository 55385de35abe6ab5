package org.campusnews.user;

import java.time.Clock;
import java.util.Set;

import org.campusnews.department.Department;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserService(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public UserAccount create(String username, String displayName, String rawPassword, Role role,
            Set<Department> departments, boolean mustChangePassword) {
        UserAccount user = new UserAccount(username, displayName, passwordEncoder.encode(rawPassword), role);
        user.setPasswordHash(user.getPasswordHash(), mustChangePassword);
        user.setDepartments(departments);
        user.touch(clock.instant());
        return users.save(user);
    }

    @Transactional
    public UserAccount save(UserAccount user) {
        user.touch(clock.instant());
        return users.save(user);
    }

    /** Sets a password chosen by the user themself, which lifts any obligation to change it. */
    @Transactional
    public void changeOwnPassword(long userId, String rawPassword) {
        UserAccount user = users.findById(userId).orElseThrow();
        user.setPasswordHash(passwordEncoder.encode(rawPassword), false);
        user.touch(clock.instant());
    }

    /** Sets a password chosen by an administrator; the user must change it at the next sign-in. */
    @Transactional
    public void resetPassword(long userId, String rawPassword) {
        UserAccount user = users.findById(userId).orElseThrow();
        user.setPasswordHash(passwordEncoder.encode(rawPassword), true);
        user.touch(clock.instant());
    }

    public boolean matchesPassword(UserAccount user, String rawPassword) {
        return passwordEncoder.matches(rawPassword, user.getPasswordHash());
    }

    public boolean anyExists() {
        return users.count() > 0;
    }
}
