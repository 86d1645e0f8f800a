package org.redgrid.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.redgrid.people.LedgerKind;
import org.redgrid.people.PersonQuery;
import org.redgrid.people.RegistryExports;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of the masked person and ledger exports with the page session: the JSON API takes bearer
 * tokens only, so the pages offer the same exports (same scope, same audit) under their own paths.
 */
@Controller
class ExportPages {

    private final RegistryExports exports;

    ExportPages(RegistryExports exports) {
        this.exports = exports;
    }

    @GetMapping("/admin/export/people.{format:xlsx|csv}")
    void people(@PathVariable String format, @RequestParam(required = false) String grid, HttpServletResponse response)
            throws IOException {
        send(exports.persons(format, new PersonQuery(grid, null, null, null, null, null)), response);
    }

    @GetMapping("/admin/export/ledgers.{format:xlsx|csv}")
    void ledgers(
            @PathVariable String format,
            @RequestParam(required = false) LedgerKind kind,
            @RequestParam(required = false) String grid,
            HttpServletResponse response)
            throws IOException {
        send(exports.ledgerEntries(format, kind, grid, null), response);
    }

    private static void send(RegistryExports.Export export, HttpServletResponse response) throws IOException {
        response.setContentType(export.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + export.filename() + "\"");
        export.body().writeTo(response.getOutputStream());
    }
}
