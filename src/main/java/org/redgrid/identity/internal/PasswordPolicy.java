package org.redgrid.identity.internal;

import org.redgrid.shared.InvalidValue;

/** 密码策略: at least 10 characters from at least three of upper case, lower case, digits and symbols. */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {}

    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidValue(
                    "password",
                    "password.length",
                    "密码至少 " + MIN_LENGTH + " 个字符",
                    "password must have at least " + MIN_LENGTH + " characters");
        }
        int classes = 0;
        if (password.chars().anyMatch(Character::isUpperCase)) classes++;
        if (password.chars().anyMatch(Character::isLowerCase)) classes++;
        if (password.chars().anyMatch(Character::isDigit)) classes++;
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) classes++;
        if (classes < 3) {
            throw new InvalidValue(
                    "password",
                    "password.classes",
                    "密码须包含大写字母、小写字母、数字、符号中的至少三类",
                    "password must mix at least three of upper case, lower case, digits and symbols");
        }
    }
}
