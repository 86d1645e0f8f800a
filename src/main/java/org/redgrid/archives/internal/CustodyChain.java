package org.redgrid.archives.internal;

import java.util.Optional;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.Forbidden;

/**
 * Who holds a file and where it is going (转递): only the holding unit sends it, to another archive
 * unit, one transfer at a time; only the receiving unit confirms it, and then holds it.
 */
public record CustodyChain(String holder, Optional<Pending> pending) {

    /** A transfer sent and not yet received. */
    public record Pending(long transfer, String to) {}

    public String send(String senderUnit, String to) {
        if (!holder.equals(senderUnit)) {
            throw new Forbidden("只有保管单位可以转递档案", "only the holding unit may transfer the file");
        }
        if (pending.isPresent()) {
            throw new Conflict(
                    "archives.transfer-pending", "该档案正在转递中，待接收方确认", "the file is already on its way to another unit");
        }
        String target = ArchiveRoles.archiveUnit("to", to);
        if (target.equals(holder)) {
            throw new Conflict("archives.transfer-self", "不能转递给本单位", "a file cannot be transferred to its own holder");
        }
        return target;
    }

    /** Confirms receipt; answers the new holder. */
    public String receive(long transfer, String receiverUnit) {
        Pending p = pending.filter(x -> x.transfer() == transfer)
                .orElseThrow(() -> new Conflict(
                        "archives.transfer-not-pending", "该转递已接收或不存在", "this transfer is not waiting for receipt"));
        if (!p.to().equals(receiverUnit)) {
            throw new Forbidden("只有接收单位可以确认接收", "only the receiving unit may confirm receipt");
        }
        return p.to();
    }
}
