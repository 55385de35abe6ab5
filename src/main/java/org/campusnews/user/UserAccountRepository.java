package org.campusnews.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u left join fetch u.departments where lower(u.username) = lower(:username)")
    Optional<UserAccount> findByUsernameWithDepartments(@Param("username") String username);

    @Query("select u from UserAccount u left join fetch u.departments where u.id = :id")
    Optional<UserAccount> findWithDepartments(@Param("id") long id);

    @Query("select distinct u from UserAccount u left join fetch u.departments order by u.username")
    List<UserAccount> findAllWithDepartments();

    boolean existsByUsernameIgnoreCase(String username);
}
