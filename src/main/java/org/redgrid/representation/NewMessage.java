package org.redgrid.representation;

/**
 * A resident's message to a representative. Without an account, {@code phone} and the {@code code}
 * sent to it are required; with one, the phone is optional.
 */
public record NewMessage(String text, String phone, String code) {}
