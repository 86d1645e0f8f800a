package org.redgrid.identity;

import java.util.Set;
import org.redgrid.shared.Role;

/** What an administrator gives to create a user; the password must meet the {@code PasswordPolicy}. */
public record NewUser(
        String username, String displayName, String password, Set<Role> roles, String scope, String partnerUnit) {}
