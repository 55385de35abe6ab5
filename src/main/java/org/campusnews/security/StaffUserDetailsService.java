package org.campusnews.security;

import org.campusnews.user.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    StaffUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsernameWithDepartments(username)
                .map(StaffPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
    }
}
