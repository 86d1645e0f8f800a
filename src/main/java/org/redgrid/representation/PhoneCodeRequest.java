package org.redgrid.representation;

/** The mobile number to send a code to, for a message without an account. */
public record PhoneCodeRequest(String phone) {}
