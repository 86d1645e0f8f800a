package org.redgrid.archives.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * The visible mark on every page a reader sees: who read it, for which unit, and when, tiled across
 * the page at an angle so no part of it can be cut away clean; and the same text in a QR code in the
 * corner, so a photographed or leaked page tells where it came from.
 */
public record Watermark(String text) {

    private static final Color INK = new Color(200, 30, 30);

    public Watermark {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a watermark needs its text");
    }

    public BufferedImage applyTo(BufferedImage page) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(page, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            tile(g, out.getWidth(), out.getHeight());
            code(g, out.getWidth(), out.getHeight());
        } finally {
            g.dispose();
        }
        return out;
    }

    private void tile(Graphics2D g, int width, int height) {
        int size = Math.max(14, width / 40);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
        g.setColor(INK);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
        AffineTransform plain = g.getTransform();
        g.rotate(Math.toRadians(-30), width / 2.0, height / 2.0);
        int step = g.getFontMetrics().stringWidth(text) + size * 3;
        for (int y = -height; y < height * 2; y += size * 6) {
            for (int x = -width; x < width * 2; x += step) g.drawString(text, x, y);
        }
        g.setTransform(plain);
        g.setComposite(AlphaComposite.SrcOver);
    }

    private void code(Graphics2D g, int width, int height) {
        // Error correction M (15 %) and the standard quiet zone of 4 modules: a photographed or printed page
        // loses some modules, and the page's own lines run right up to the code's white square.
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.MARGIN,
                4,
                EncodeHintType.CHARACTER_SET,
                "UTF-8",
                EncodeHintType.ERROR_CORRECTION,
                ErrorCorrectionLevel.M);
        try {
            QRCodeWriter writer = new QRCodeWriter();
            // At least 4 pixels a module: a long mark (a unit's full name, the time) needs more modules, and at
            // fewer pixels each the code no longer reads back reliably from every page.
            int modules =
                    writer.encode(text, BarcodeFormat.QR_CODE, 0, 0, hints).getWidth();
            int side = Math.max(Math.max(120, Math.min(width, height) / 5), modules * 4);
            BitMatrix matrix = writer.encode(text, BarcodeFormat.QR_CODE, side, side, hints);
            int left = width - matrix.getWidth() - 8;
            int top = height - matrix.getHeight() - 8;
            g.setColor(Color.WHITE);
            g.fillRect(left, top, matrix.getWidth(), matrix.getHeight());
            g.setColor(Color.BLACK);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) g.fillRect(left + x, top + y, 1, 1);
                }
            }
        } catch (WriterException e) {
            throw new IllegalStateException("watermark code", e);
        }
    }
}
