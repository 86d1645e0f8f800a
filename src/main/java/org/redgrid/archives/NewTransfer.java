package org.redgrid.archives;

/** 转递: send a file to another holding unit (a region, city or county archive). */
public record NewTransfer(String to, String note) {}
