package org.redgrid.archives.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.Splitter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.redgrid.archives.OriginalPage;
import org.redgrid.shared.InvalidValue;

/**
 * Scanned pages in and pictures out: an uploaded PDF is split into single-page PDFs and an image is
 * one page (Apache PDFBox and ImageIO); a page renders to a picture on the server for the watermark.
 */
public final class Scans {

    public static final String PDF = "application/pdf";
    public static final int MAX_PAGES = 300;
    private static final float DPI = 100;

    private Scans() {}

    /** The pages of one uploaded file, refused by name when it is neither a PDF nor a PNG or JPEG image. */
    public static List<OriginalPage> pagesOf(byte[] upload) {
        if (startsWith(upload, "%PDF-")) return pdfPages(upload);
        String type = startsWith(upload, "\u0089PNG") ? "image/png" : isJpeg(upload) ? "image/jpeg" : null;
        if (type == null || image(upload) == null) throw unreadable();
        return List.of(new OriginalPage(type, upload));
    }

    private static List<OriginalPage> pdfPages(byte[] upload) {
        List<OriginalPage> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(upload)) {
            if (document.getNumberOfPages() == 0) throw unreadable();
            if (document.getNumberOfPages() > MAX_PAGES) throw tooMany();
            for (PDDocument single : new Splitter().split(document)) {
                try (single) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    single.save(out);
                    pages.add(new OriginalPage(PDF, out.toByteArray()));
                }
            }
        } catch (IOException e) {
            throw unreadable();
        }
        return pages;
    }

    /** The page as a picture: a PDF page rendered at 100 dpi, an image as it is. */
    public static BufferedImage picture(OriginalPage page) {
        try {
            if (PDF.equals(page.contentType())) {
                try (PDDocument document = Loader.loadPDF(page.bytes())) {
                    return new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
                }
            }
            BufferedImage image = image(page.bytes());
            if (image == null) throw new IllegalStateException("a stored page is no longer readable");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InvalidValue tooMany() {
        return new InvalidValue("pages", "archives.page-count", "一份材料最多 300 页", "a material has at most 300 pages");
    }

    private static BufferedImage image(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if ((bytes[i] & 0xff) != magic.charAt(i)) return false;
        return true;
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
    }

    private static InvalidValue unreadable() {
        return new InvalidValue(
                "pages",
                "archives.page-format",
                "页面应为 PDF、PNG 或 JPEG 扫描件",
                "pages must be scanned PDF, PNG or JPEG files");
    }
}
