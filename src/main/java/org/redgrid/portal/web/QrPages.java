package org.redgrid.portal.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.servlet.http.HttpServletRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.redgrid.organization.DivisionView;
import org.redgrid.organization.Organization;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Paging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 网格反映码 (grid report codes): a QR code for each community and grid in scope that opens the resident's report page for that
 * place. The link is built on {@code redgrid.public-url} when set (the address residents reach), else on
 * the address of the request; the printable page lays the codes out one card per place.
 */
@Controller
class QrPages {

    private static final int MODULE_PIXELS = 8;

    private final Organization organization;
    private final String publicUrl;

    QrPages(Organization organization, @Value("${redgrid.public-url:}") String publicUrl) {
        this.organization = organization;
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    /** One place with a code: its name, its code and the link its QR code holds. */
    record Place(String code, String name, String link) {}

    @GetMapping("/qr")
    String page(
            @RequestParam(required = false) String within,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        Actor actor = allowed();
        String scope = actor.scope().prefix();
        String area =
                within == null || within.isBlank() || !actor.scope().contains(within.trim()) ? scope : within.trim();
        String base = base(request);
        List<Place> communities = area.length() > 12
                ? List.of()
                : organization.searchDivisions(area, 12, new Paging(0, 200)).items().stream()
                        .filter(division -> division.code().startsWith(area))
                        .map(division -> new Place(division.code(), division.name(), link(base, division.code())))
                        .toList();
        var grids = organization.grids(area, null, new Paging(Math.max(page, 0), 60));
        model.addAttribute("grids", grids.map(grid -> new Place(grid.code(), grid.name(), link(base, grid.code()))));
        model.addAttribute("communities", communities);
        model.addAttribute("area", area);
        model.addAttribute("pages", (grids.total() + 59) / 60);
        model.addAttribute("areaName", areaName(area));
        return "qr";
    }

    @GetMapping(value = "/qr/{code}.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> png(@PathVariable String code, HttpServletRequest request) {
        Actor actor = allowed();
        if (!code.matches("\\d{12}|\\d{15}") || !actor.scope().contains(code)) throw new NotFound("place", code);
        if (code.length() == 15) organization.grid(code);
        else organization.division(code);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noCache())
                .header("Content-Disposition", "inline; filename=\"qr-" + code + ".png\"")
                .body(png(link(base(request), code)));
    }

    static byte[] png(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            int width = matrix.getWidth() * MODULE_PIXELS;
            int height = matrix.getHeight() * MODULE_PIXELS;
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    boolean dark = matrix.get(x / MODULE_PIXELS, y / MODULE_PIXELS);
                    image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode a QR code for " + text, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String base(HttpServletRequest request) {
        return publicUrl.isEmpty()
                ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
                : publicUrl;
    }

    private static String link(String base, String code) {
        return base + "/report?grid=" + code;
    }

    private String areaName(String area) {
        if (area.length() == 15) return organization.grid(area).name();
        DivisionView division = organization.division(area);
        return division.name();
    }

    private static Actor allowed() {
        Actor actor = CurrentActor.require();
        if (!actor.managesRegistry()) {
            throw new Forbidden("当前角色不能打印网格二维码", "your role may not print the grid QR codes");
        }
        return actor;
    }
}
