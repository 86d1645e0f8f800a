package org.redgrid.notification;

/** Where group messages go: a WeCom (企业微信) or DingTalk (钉钉) group robot, or an SMS gateway. */
public enum Channel {
    WECOM,
    DINGTALK,
    SMS
}
