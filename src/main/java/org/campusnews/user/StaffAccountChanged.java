package org.campusnews.user;

/**
 * An administrator changed what an account may do (role, departments, enabled, password); its open sessions must
 * end so that the change takes effect at once rather than at the next sign-in.
 */
public record StaffAccountChanged(long userId) {
}
