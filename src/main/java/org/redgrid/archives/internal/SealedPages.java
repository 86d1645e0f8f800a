package org.redgrid.archives.internal;

import java.util.List;
import java.util.Optional;
import org.redgrid.archives.OriginalPage;
import org.redgrid.shared.PiiCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code archive_page} table: each page sealed with the platform key (AES-GCM, the key that seals
 * ID numbers), so a copy of the database or its backup shows no page; nothing is kept on a public path.
 */
@Component
public class SealedPages {

    private final JdbcClient jdbc;
    private final PiiCipher cipher;

    SealedPages(JdbcClient jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public void store(long material, List<OriginalPage> pages) {
        int number = 1;
        for (OriginalPage page : pages) {
            jdbc.sql(
                            "insert into archive_page (material_id, number, content_type, sealed) values (:m, :n, :type, :sealed)")
                    .param("m", material)
                    .param("n", number++)
                    .param("type", page.contentType())
                    .param("sealed", cipher.seal(page.bytes()))
                    .update();
        }
    }

    public Optional<OriginalPage> original(long material, int number) {
        return jdbc.sql("select content_type, sealed from archive_page where material_id = :m and number = :n")
                .param("m", material)
                .param("n", number)
                .query((rs, n) -> new OriginalPage(rs.getString(1), cipher.open(rs.getBytes(2))))
                .optional();
    }
}
