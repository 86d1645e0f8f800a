package org.redgrid.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import org.redgrid.identity.internal.AuditTrail;
import org.redgrid.identity.internal.OneTimeCodePolicy;
import org.redgrid.identity.internal.OneTimeCodes;
import org.redgrid.identity.internal.OneTimeCodes.Purpose;
import org.redgrid.identity.internal.PasswordPolicy;
import org.redgrid.identity.internal.UserAccount;
import org.redgrid.identity.internal.UserAccounts;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.PhoneNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 居民自助注册: residents register with their mobile number and a one-time code, and reset a forgotten
 * password the same way. Asking for a code answers the same whether or not the phone has an account,
 * so the door cannot be used to find out who is registered; the {@link OneTimeCodePolicy} bounds the
 * codes per phone and their tries. A new account is a RESIDENT of the whole region, linked to no
 * person until the community confirms who it is.
 */
@Service
public class Onboarding {

    /**
     * The scope of a resident not yet linked to a person: a code under the region that no division or
     * grid has (there is no league 1500), so every scoped list is empty for it, while the region stays
     * its one ancestor (its zero-padded form names the region). Linking narrows it to the person's grid.
     */
    public static final String UNLINKED_SCOPE = "150000000000";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String USERNAME_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    private final OneTimeCodes codes;
    private final UserAccounts users;
    private final AuditTrail audit;
    private final PasswordEncoder passwords;
    private final TextMessages texts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Onboarding(
            OneTimeCodes codes,
            UserAccounts users,
            AuditTrail audit,
            PasswordEncoder passwords,
            TextMessages texts,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.codes = codes;
        this.users = users;
        this.audit = audit;
        this.passwords = passwords;
        this.texts = texts;
        this.transactions = new TransactionTemplate(transactionManager);
        // a wrong code counts even though the request that gave it is refused
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Sends a registration code, unless the phone already has an account (answered the same). */
    public void sendRegistrationCode(String rawPhone, String clientAddress) {
        sendCode(Purpose.REGISTER, PhoneNumber.mobile("phone", rawPhone), clientAddress);
    }

    /** Sends a password reset code, when the phone has an account (answered the same when not). */
    public void sendPasswordResetCode(String rawPhone, String clientAddress) {
        sendCode(Purpose.PASSWORD_RESET, PhoneNumber.mobile("phone", rawPhone), clientAddress);
    }

    /** Creates a resident account for the phone whose code is given. */
    public ResidentAccount register(
            String rawPhone, String code, String password, String displayName, String clientAddress) {
        PhoneNumber phone = PhoneNumber.mobile("phone", rawPhone);
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidValue(
                    "displayName", "required", "请填写 1–100 字的姓名", "displayName must have 1–100 characters");
        }
        PasswordPolicy.check(password);
        useCode(Purpose.REGISTER, phone, code, clientAddress);
        String hash = passwords.encode(password);
        try {
            return transactions.execute(tx -> {
                Instant now = clock.instant();
                String username = newUsername();
                long id = users.insertResident(username, name, hash, phone, UNLINKED_SCOPE, now);
                audit.append(
                        username,
                        "RESIDENT_REGISTERED",
                        "user",
                        username,
                        UNLINKED_SCOPE,
                        "phone " + phone.masked() + " from " + clientAddress);
                return account(users.byId(id).orElseThrow(), phone);
            });
        } catch (DuplicateKeyException taken) {
            throw new Conflict("phone.registered", "该手机号已注册，请直接登录或找回密码", "this phone is already registered");
        }
    }

    /** Sets a new password for the phone's account when its reset code is given; ends its sessions. */
    public void resetPassword(String rawPhone, String code, String newPassword, String clientAddress) {
        PhoneNumber phone = PhoneNumber.mobile("phone", rawPhone);
        PasswordPolicy.check(newPassword);
        useCode(Purpose.PASSWORD_RESET, phone, code, clientAddress);
        String hash = passwords.encode(newPassword);
        transactions.executeWithoutResult(tx -> {
            UserAccount user = users.byPhone(phone).orElseThrow(() -> wrongCode());
            users.changePassword(user.id(), hash);
            users.clearLock(user.id());
            users.endSessionsAndTokens(user.username());
            audit.append(user.username(), "PASSWORD_RESET", "user", user.username(), user.scopeCode(), "by phone code");
        });
    }

    private void sendCode(Purpose purpose, PhoneNumber phone, String clientAddress) {
        transactions.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            var wait = OneTimeCodePolicy.waitBeforeSending(codes.sentInLastDay(phone, now), now);
            if (wait.isPresent()) throw new CodeThrottled(wait.get());
            // counted whether or not the phone has an account, so that the limits reveal nothing either
            codes.countSend(phone, now);
            boolean registered = users.byPhone(phone).isPresent();
            boolean sends = purpose == Purpose.REGISTER ? !registered : registered;
            audit.append(
                    "anonymous",
                    purpose == Purpose.REGISTER ? "REGISTRATION_CODE_REQUESTED" : "PASSWORD_RESET_CODE_REQUESTED",
                    "phone",
                    phone.masked(),
                    null,
                    (sends ? "code sent" : registered ? "not sent: already registered" : "not sent: no account")
                            + " from " + clientAddress);
            if (!sends) return;
            String code = codes.issue(purpose, phone, now);
            texts.send(phone, message(purpose, code));
        });
    }

    private void useCode(Purpose purpose, PhoneNumber phone, String code, String clientAddress) {
        var outcome = transactions.execute(tx -> {
            var judged = codes.use(purpose, phone, code, clock.instant());
            if (judged != OneTimeCodePolicy.Outcome.ACCEPTED) {
                audit.append(
                        "anonymous",
                        "ONE_TIME_CODE_REFUSED",
                        "phone",
                        phone.masked(),
                        null,
                        purpose + " " + judged + " from " + clientAddress);
            }
            return judged;
        });
        switch (outcome) {
            case ACCEPTED -> {}
            case WRONG -> throw wrongCode();
            case EXPIRED, NONE_SENT ->
                throw new InvalidValue(
                        "code",
                        "code.expired",
                        "验证码已失效，请重新获取",
                        "the code has expired or was used up; ask for a new one");
        }
    }

    private static InvalidValue wrongCode() {
        return new InvalidValue("code", "code.wrong", "验证码不正确", "the code is wrong");
    }

    private static String message(Purpose purpose, String code) {
        String what = purpose == Purpose.REGISTER ? "注册" : "找回密码";
        return "【北疆红色网格】您正在" + what + "，验证码 " + code + "，" + OneTimeCodePolicy.VALID_FOR.toMinutes()
                + " 分钟内有效。如非本人操作，请忽略。";
    }

    private String newUsername() {
        while (true) {
            StringBuilder name = new StringBuilder("r.");
            for (int i = 0; i < 8; i++) name.append(USERNAME_LETTERS.charAt(RANDOM.nextInt(USERNAME_LETTERS.length())));
            if (users.byUsername(name.toString()).isEmpty()) return name.toString();
        }
    }

    private static ResidentAccount account(UserAccount user, PhoneNumber phone) {
        return new ResidentAccount(user.username(), user.displayName(), phone.masked(), user.roles(), user.scopeCode());
    }
}
