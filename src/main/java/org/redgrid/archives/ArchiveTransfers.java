package org.redgrid.archives;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.redgrid.archives.internal.AccessLog;
import org.redgrid.archives.internal.ArchiveRoles;
import org.redgrid.archives.internal.FileRecords;
import org.redgrid.archives.internal.ReadingGrants;
import org.redgrid.archives.internal.TransferRecords;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Role;
import org.redgrid.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 转递: files move between region, city and county archives with a receipt; the receiving keeper
 * confirms and the chain of custody keeps every link. The old holder's delegations end on receipt.
 */
@Service
@Transactional(readOnly = true)
public class ArchiveTransfers {

    private final FileRecords files;
    private final TransferRecords transfers;
    private final ReadingGrants grants;
    private final AccessLog log;
    private final Clock clock;

    ArchiveTransfers(FileRecords files, TransferRecords transfers, ReadingGrants grants, AccessLog log, Clock clock) {
        this.files = files;
        this.transfers = transfers;
        this.grants = grants;
        this.log = log;
        this.clock = clock;
    }

    /** 转递: the holding keeper sends the file to another archive unit; it keeps it until receipt. */
    @Transactional
    public TransferView transfer(long fileId, NewTransfer command) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        FileRecords.Row file = visible(actor, fileId, now);
        if (!actor.has(Role.ARCHIVE_KEEPER)) throw Archives.notKeeper();
        String to = transfers.chain(file.id(), file.holderCode()).send(ArchiveRoles.unitOf(actor), command.to());
        TransferView sent = transfers.send(
                file.id(), file.holderCode(), to, Text.optional("note", command.note(), 200), actor.username(), now);
        log.record(file.id(), file.holderCode(), actor, "TRANSFER_SENT", null, null, sent.receipt() + " -> " + to, now);
        return sent;
    }

    /** The receiving keeper confirms a transfer; their unit holds the file from now on. */
    @Transactional
    public TransferView receive(long transferId) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        TransferView transfer = transfers
                .find(transferId)
                .filter(t -> actor.has(Role.ARCHIVE_KEEPER)
                        && ArchiveRoles.unitOf(actor).equals(t.to()))
                .orElseThrow(() -> new NotFound("archive transfer", transferId));
        FileRecords.Row file = files.byId(transfer.file()).orElseThrow();
        String holder = transfers.chain(file.id(), file.holderCode()).receive(transferId, ArchiveRoles.unitOf(actor));
        transfers.receive(transferId, actor.username(), now);
        files.moveTo(file.id(), holder);
        grants.revokeAll(file.id(), now);
        log.record(file.id(), holder, actor, "TRANSFER_RECEIVED", null, null, transfer.receipt(), now);
        return transfers.find(transferId).orElseThrow();
    }

    /** One transfer, for those who may see its file and for the keepers of the unit receiving it. */
    public TransferView sent(long transferId) {
        Actor actor = CurrentActor.require();
        TransferView transfer =
                transfers.find(transferId).orElseThrow(() -> new NotFound("archive transfer", transferId));
        boolean receiving =
                actor.has(Role.ARCHIVE_KEEPER) && ArchiveRoles.unitOf(actor).equals(transfer.to());
        if (!receiving && files.visible(actor, transfer.file(), clock.instant()).isEmpty()) {
            throw new NotFound("archive transfer", transferId);
        }
        return transfer;
    }

    /** The file's chain of custody, for those who may see the file. */
    public List<TransferView> custody(long fileId) {
        Actor actor = CurrentActor.require();
        return transfers.of(visible(actor, fileId, clock.instant()).id());
    }

    /** Transfers waiting for the actor's unit to confirm them. */
    public List<TransferView> incoming() {
        Actor actor = CurrentActor.require();
        return actor.has(Role.ARCHIVE_KEEPER) ? transfers.incoming(ArchiveRoles.unitOf(actor)) : List.of();
    }

    private FileRecords.Row visible(Actor actor, long id, Instant now) {
        return files.visible(actor, id, now).orElseThrow(() -> new NotFound("archive file", id));
    }
}
