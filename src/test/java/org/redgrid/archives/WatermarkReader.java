package org.redgrid.archives;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads back what a watermarked page says: the QR code in its corner, and how many pixels the mark changed. */
public final class WatermarkReader {

    private WatermarkReader() {}

    public static BufferedImage image(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of the QR code in the page's lower right corner, read as a phone pointed at it would: from
     * that corner, not from the whole page, whose slanted lines of marks can pass for finder patterns.
     * ZXing's detector misplaces the grid of some valid symbols (about one mark text in two hundred);
     * then the code is read again as the platform draws it, pure black modules on white, as a pure code.
     */
    public static String code(BufferedImage image) {
        int x0 = image.getWidth() * 2 / 3;
        int y0 = image.getHeight() * 2 / 3;
        int w = image.getWidth() - x0;
        int h = image.getHeight() - y0;
        int[] pixels = image.getRGB(x0, y0, w, h, null, 0, w);
        try {
            return decode(w, h, pixels, DecodeHintType.TRY_HARDER);
        } catch (NotFoundException | ChecksumException | FormatException detectorMissed) {
            int[] modules = new int[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                modules[i] = (pixels[i] & 0xffffff) == 0 ? 0xff000000 : 0xffffffff;
            }
            try {
                return decode(w, h, modules, DecodeHintType.PURE_BARCODE);
            } catch (NotFoundException | ChecksumException | FormatException e) {
                throw new AssertionError("no readable QR code on the page", e);
            }
        }
    }

    private static String decode(int w, int h, int[] pixels, DecodeHintType how)
            throws NotFoundException, ChecksumException, FormatException {
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))),
                        Map.of(how, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8"))
                .getText();
    }

    /**
     * The share of pixels that differ between the page as scanned and as shown, counted in each quarter of
     * the page above the corner that holds the code, so a mark in one place only does not pass.
     */
    public static double[] changedShareByQuarter(BufferedImage original, BufferedImage shown) {
        int w = Math.min(original.getWidth(), shown.getWidth());
        int h = Math.min(original.getHeight(), shown.getHeight()) * 3 / 4;
        double[] shares = new double[4];
        for (int q = 0; q < 4; q++) {
            int x0 = (q % 2) * w / 2;
            int y0 = (q / 2) * h / 2;
            long changed = 0;
            long all = 0;
            for (int y = y0; y < y0 + h / 2; y++) {
                for (int x = x0; x < x0 + w / 2; x++) {
                    all++;
                    if ((original.getRGB(x, y) & 0xffffff) != (shown.getRGB(x, y) & 0xffffff)) changed++;
                }
            }
            shares[q] = (double) changed / all;
        }
        return shares;
    }
}
