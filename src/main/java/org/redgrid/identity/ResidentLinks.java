package org.redgrid.identity;

import java.util.Optional;
import org.redgrid.identity.internal.UserAccounts;
import org.redgrid.shared.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the people registry needs of a resident account to link it to a person (居民身份关联): the
 * account's phone hash (to show staff whether a registered person has the same phone, never the phone),
 * whether it is linked, and the link itself, which narrows the account's scope to the person's grid.
 * Called inside the caller's transaction, so that the link and the decided request commit together;
 * the caller audits.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ResidentLinks {

    private final UserAccounts users;

    ResidentLinks(UserAccounts users) {
        this.users = users;
    }

    /** The keyed hash of the account's registered mobile number (the PII hash the registry uses too). */
    public Optional<byte[]> phoneHash(String username) {
        return users.phoneHash(username);
    }

    /** The person the account is linked to, if any. */
    public Optional<Long> linkedPerson(String username) {
        return users.linkedPerson(username);
    }

    /**
     * Links the resident account to the person and sets its scope to the person's grid; every page
     * session and bearer token of the account ends, so that the narrower scope holds at once.
     */
    public void link(String username, long personId, String gridCode) {
        boolean linked;
        try {
            linked = users.linkResident(username, personId, gridCode);
        } catch (DuplicateKeyException taken) {
            throw new Conflict(
                    "person-link.person-linked", "该人员已关联其他账号", "the person is already linked to another account");
        }
        if (!linked) {
            throw new Conflict(
                    "person-link.account-linked",
                    "该账号已关联人员或不是居民账号",
                    "the account is already linked to a person or is not a resident account");
        }
        users.endSessionsAndTokens(username);
    }
}
