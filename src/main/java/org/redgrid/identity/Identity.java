package org.redgrid.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.redgrid.identity.internal.AuditTrail;
import org.redgrid.identity.internal.GrantRule;
import org.redgrid.identity.internal.Grants;
import org.redgrid.identity.internal.LoginService;
import org.redgrid.identity.internal.PasswordPolicy;
import org.redgrid.identity.internal.Tokens;
import org.redgrid.identity.internal.UserAccount;
import org.redgrid.identity.internal.UserAccounts;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.Role;
import org.redgrid.shared.ScopeCode;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's API: tokens, users within the actor's scope, and the audit log. */
@Service
public class Identity {

    private final LoginService logins;
    private final Tokens tokens;
    private final UserAccounts users;
    private final AuditTrail audit;
    private final PasswordEncoder passwords;
    private final Grants grants;
    private final Clock clock;

    Identity(
            LoginService logins,
            Tokens tokens,
            UserAccounts users,
            AuditTrail audit,
            PasswordEncoder passwords,
            Grants grants,
            Clock clock) {
        this.logins = logins;
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.passwords = passwords;
        this.grants = grants;
        this.clock = clock;
    }

    /** Checks the credentials (with rate limit and lock-out) and issues a bearer token. */
    public TokenGrant issueToken(String username, String password, String clientAddress) {
        Actor actor = logins.authenticate(username, password, clientAddress);
        Tokens.Issued issued = tokens.issue(actor.username());
        return new TokenGrant(issued.token(), issued.expiresAt());
    }

    public Optional<Actor> actorForToken(String token) {
        return tokens.resolve(token);
    }

    @Transactional
    public void revokeToken(String token) {
        tokens.revoke(token);
        Actor actor = CurrentActor.orSystem();
        audit.append(
                actor.username(),
                "TOKEN_REVOKED",
                "user",
                actor.username(),
                actor.scope().prefix(),
                null);
    }

    public UserView me() {
        Actor actor = CurrentActor.require();
        return users.byUsername(actor.username())
                .map(user -> user.view(clock.instant()))
                .orElseThrow(() -> new NotFound("user", actor.username()));
    }

    /**
     * Changes the current user's own password after checking the current one as a login would be (rate
     * limit, failure count, lock-out), so that a held session cannot guess it. Every page session and
     * bearer token of the user ends, this request's included: the next request logs in anew.
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String clientAddress) {
        Actor actor = CurrentActor.require();
        UserAccount user = users.byUsername(actor.username()).orElseThrow(() -> new NotFound("user", actor.username()));
        try {
            logins.authenticate(user.username(), currentPassword, clientAddress);
        } catch (BadCredentialsException wrong) {
            throw new InvalidValue("currentPassword", "password.current", "当前密码不正确", "the current password is wrong");
        }
        PasswordPolicy.check(newPassword);
        users.changePassword(user.id(), passwords.encode(newPassword));
        users.endSessionsAndTokens(user.username());
        audit.append(user.username(), "PASSWORD_CHANGED", "user", user.username(), user.scopeCode(), null);
    }

    public PageResult<UserView> users(String query, Paging paging) {
        Actor actor = requireAdministrator();
        String q = query == null ? "" : query.trim();
        var items = users.page(actor.scope(), q, paging).stream()
                .map(user -> user.view(clock.instant()))
                .toList();
        return new PageResult<>(items, paging.page(), paging.size(), users.count(actor.scope(), q));
    }

    /** One user the administrator manages (inside its scope and rank); 404 for any other. */
    public UserView user(String username) {
        return grants.managed(requireAdministrator(), username).view(clock.instant());
    }

    /**
     * Creates a user inside the administrator's own subtree, asking the {@link GrantRule}: no role
     * above the administrator's own, and a scope (and partner unit) that exists inside its scope.
     */
    @Transactional
    public UserView createUser(NewUser request) {
        Actor actor = requireAdministrator();
        DataScope scope = grants.granted(actor, request.roles(), request.scope(), request.partnerUnit());
        UserView created = create(request, scope);
        audit.append(
                actor.username(),
                "USER_CREATED",
                "user",
                created.username(),
                created.scope(),
                "roles=" + created.roles());
        return created;
    }

    /** The roles the current administrator may grant, for forms that offer only those. */
    public java.util.Set<Role> grantableRoles() {
        GrantRule rule = GrantRule.of(CurrentActor.require());
        return java.util.Arrays.stream(Role.values())
                .filter(rule::mayGrant)
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Role.class)));
    }

    /** Creates a user without an acting administrator: start-up loads of demo and bootstrap accounts. */
    @Transactional
    public UserView bootstrapUser(NewUser request) {
        UserView created =
                create(request, ScopeCode.parse("scope", request.scope()).scope());
        audit.append("system", "USER_CREATED", "user", created.username(), created.scope(), "roles=" + created.roles());
        return created;
    }

    /** Lifts a lock-out before its 15 minutes are up, for a user inside the administrator's scope. */
    @Transactional
    public UserView unlock(String username) {
        Actor actor = requireAdministrator();
        var user = grants.managed(actor, username);
        users.clearLock(user.id());
        audit.append(actor.username(), "ACCOUNT_UNLOCKED", "user", user.username(), user.scopeCode(), null);
        return users.byId(user.id()).orElseThrow().view(clock.instant());
    }

    /**
     * Changes a user's roles and scope, asking the {@link GrantRule} as creation does. The user's page
     * sessions and bearer tokens end, so the new access applies from the next login.
     */
    @Transactional
    public UserView changeAccess(String username, java.util.Set<Role> roles, String scope) {
        Actor actor = requireAdministrator();
        var user = grants.managed(actor, username);
        DataScope target = grants.granted(actor, roles, scope, null);
        String[] names = roles.stream().map(Role::name).sorted().toArray(String[]::new);
        users.changeAccess(user.id(), names, target.prefix());
        users.endSessionsAndTokens(user.username());
        audit.append(
                actor.username(),
                "USER_ACCESS_CHANGED",
                "user",
                user.username(),
                target.prefix(),
                "roles=" + java.util.Arrays.toString(names) + " was " + user.roles() + "@" + user.scopeCode());
        return users.byId(user.id()).orElseThrow().view(clock.instant());
    }

    /**
     * Disables or enables a user inside the administrator's scope. A disabled user cannot log in, its
     * tokens and page sessions end; an administrator cannot disable itself.
     */
    @Transactional
    public UserView setEnabled(String username, boolean enabled) {
        Actor actor = requireAdministrator();
        var user = grants.managed(actor, username);
        if (!enabled && user.username().equals(actor.username())) {
            throw new Conflict("user.self", "不能停用自己的账号", "you cannot disable your own account");
        }
        users.setEnabled(user.id(), enabled);
        if (!enabled) users.endSessionsAndTokens(user.username());
        audit.append(
                actor.username(),
                enabled ? "USER_ENABLED" : "USER_DISABLED",
                "user",
                user.username(),
                user.scopeCode(),
                null);
        return users.byId(user.id()).orElseThrow().view(clock.instant());
    }

    /** The users who act for a partner unit (by its credit code). */
    public List<String> usernamesOfUnit(String creditCode) {
        return users.usernamesOfUnit(creditCode);
    }

    /** The users bound exactly to {@code scope} holding any of {@code roles}: the staff of that place. */
    public List<String> usernamesAt(String scope, Role... roles) {
        return users.usernamesAt(
                scope, java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new));
    }

    /** The users bound anywhere inside {@code scope} holding any of {@code roles}: the residents of an area. */
    public List<String> usernamesWithin(DataScope scope, Role... roles) {
        return users.usernamesWithin(
                scope, java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new));
    }

    /** The actor a user acts as, for platform work done on a named user's behalf (demo replays). */
    public Optional<Actor> actorOf(String username) {
        return users.byUsername(username).map(user -> user.actor());
    }

    public boolean userExists(String username) {
        return users.byUsername(username).isPresent();
    }

    public AuditChainReport verifyAudit() {
        Actor actor = CurrentActor.require();
        if (!actor.has(Role.REGION_ADMIN)) {
            throw new Forbidden("只有自治区管理员可以校验审计链", "only the region administrator may verify the audit chain");
        }
        return audit.verify();
    }

    public PageResult<AuditEntry> auditLog(String actorFilter, String actionFilter, Paging paging) {
        Actor actor = requireAdministrator();
        String who = actorFilter == null ? "" : actorFilter.trim();
        String what = actionFilter == null ? "" : actionFilter.trim();
        return new PageResult<>(
                audit.page(actor.scope(), who, what, paging),
                paging.page(),
                paging.size(),
                audit.count(actor.scope(), who, what));
    }

    /** Records an audited action that is not a write of this module (a reveal, an export, a page view). */
    public void record(String action, String targetType, String targetId, String scopeCode, String detail) {
        audit.append(CurrentActor.orSystem().username(), action, targetType, targetId, scopeCode, detail);
    }

    private UserView create(NewUser request, DataScope scope) {
        if (request.username() == null || !request.username().matches("[a-z][a-z0-9._-]{2,63}")) {
            throw new InvalidValue(
                    "username",
                    "username.format",
                    "用户名须为 3–64 位小写字母、数字、点、下划线或连字符，以字母开头",
                    "username must be 3–64 lower-case letters, digits, '.', '_' or '-', starting with a letter");
        }
        if (Actor.isReservedName(request.username())) {
            throw new InvalidValue(
                    "username", "username.reserved", "该用户名为平台保留", "this username is reserved for the platform");
        }
        if (request.displayName() == null || request.displayName().isBlank()) {
            throw new InvalidValue("displayName", "required", "姓名不能为空", "displayName is required");
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            throw new InvalidValue("roles", "required", "至少需要一个角色", "at least one role is required");
        }
        PasswordPolicy.check(request.password());
        if (users.byUsername(request.username()).isPresent()) {
            throw new InvalidValue("username", "username.unique", "用户名已存在", "username is already taken");
        }
        long id = users.insert(
                request.username(),
                request.displayName().trim(),
                passwords.encode(request.password()),
                request.roles().stream().map(Role::name).sorted().toArray(String[]::new),
                scope.prefix(),
                request.partnerUnit(),
                clock.instant());
        return users.byId(id).orElseThrow().view(clock.instant());
    }

    private static Actor requireAdministrator() {
        Actor actor = CurrentActor.require();
        if (!actor.administers()) {
            throw new Forbidden("只有管理员可以管理用户和查看审计日志", "only administrators manage users and read the audit log");
        }
        return actor;
    }
}
