package org.redgrid.archives;

import java.util.List;

/**
 * A personnel file as its catalogue (目录): materials and digitisation progress, never page bytes.
 * {@code readable} lists the materials the caller may open now; {@code keeper} whether the caller
 * keeps the file; {@code oversees} whether the caller may read its access history.
 */
public record FileView(
        long id,
        long person,
        String cadreName,
        String divisionCode,
        String holderCode,
        String paperLocation,
        List<MaterialView> materials,
        int pagesScanned,
        int pagesChecked,
        TransferView pendingTransfer,
        List<Long> readable,
        boolean keeper,
        boolean oversees) {

    public boolean mayRead(long material) {
        return readable.contains(material);
    }
}
