package org.redgrid.identity;

import java.util.Set;
import org.redgrid.shared.Role;

/** A resident's own account as registration answers it: the phone only masked. */
public record ResidentAccount(String username, String displayName, String phone, Set<Role> roles, String scope) {}
