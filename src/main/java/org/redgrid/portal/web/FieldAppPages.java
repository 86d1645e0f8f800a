package org.redgrid.portal.web;

import java.io.IOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The grid worker's installable field app: its manifest, its service worker (served from the root so
 * that it may control every page, and never cached long, so a new version reaches phones at once) and
 * the outbox page listing what waits to be sent.
 */
@Controller
class FieldAppPages {

    private static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");
    private static final MediaType SCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

    @GetMapping("/manifest.webmanifest")
    ResponseEntity<byte[]> manifest() throws IOException {
        return ResponseEntity.ok()
                .contentType(MANIFEST)
                .cacheControl(CacheControl.noCache())
                .body(read("pwa/manifest.webmanifest"));
    }

    @GetMapping("/sw.js")
    ResponseEntity<byte[]> serviceWorker() throws IOException {
        return ResponseEntity.ok()
                .contentType(SCRIPT)
                .cacheControl(CacheControl.noCache())
                .header("Service-Worker-Allowed", "/")
                .body(read("pwa/sw.js"));
    }

    @GetMapping("/outbox")
    String outbox() {
        return "outbox";
    }

    private static byte[] read(String path) throws IOException {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        }
    }
}
