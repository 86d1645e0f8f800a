package org.redgrid.archives.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Invented scans for the demo files: each page drawn as a grey picture of a filled-in form (as a
 * scanner would deliver it) and wrapped into a PDF with Apache PDFBox, one PDF per material.
 */
final class DemoScans {

    private static final int WIDTH = 595;
    private static final int HEIGHT = 842;

    private DemoScans() {}

    /** A PDF of the given pages, each page a list of lines under the title. */
    static byte[] pdf(String title, String cadre, List<List<String>> pages) {
        try (PDDocument document = new PDDocument()) {
            int number = 1;
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject image =
                        LosslessFactory.createFromImage(document, picture(title, cadre, lines, number++, pages.size()));
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage picture(String title, String cadre, List<String> lines, int number, int of) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(250, 250, 246));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.DARK_GRAY);
            g.drawRect(40, 40, WIDTH - 80, HEIGHT - 80);
            g.setFont(new Font(Font.SERIF, Font.BOLD, 26));
            g.drawString(title, (WIDTH - g.getFontMetrics().stringWidth(title)) / 2, 100);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 16));
            g.drawString("姓名：" + cadre, 70, 150);
            int y = 190;
            for (String line : lines) {
                g.drawString(line, 70, y);
                g.drawLine(70, y + 8, WIDTH - 70, y + 8);
                y += 36;
            }
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 12));
            g.drawString("第 " + number + " 页 / 共 " + of + " 页　（演示材料，人物与内容均为虚构）", 70, HEIGHT - 60);
        } finally {
            g.dispose();
        }
        return image;
    }
}
