package org.redgrid.archives;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.redgrid.archives.internal.AccessGrant;
import org.redgrid.archives.internal.AccessLog;
import org.redgrid.archives.internal.ArchiveRoles;
import org.redgrid.archives.internal.FileRecords;
import org.redgrid.archives.internal.ReadingGrants;
import org.redgrid.archives.internal.Scans;
import org.redgrid.archives.internal.SealedPages;
import org.redgrid.archives.internal.TransferRecords;
import org.redgrid.archives.internal.Watermark;
import org.redgrid.people.People;
import org.redgrid.people.PersonView;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personnel files' API, a coordinator: the keeper opens files and adds scanned materials; a reader
 * sees a page only as a watermarked picture under a live grant; files move between units with a
 * receipt. Every view and change is written to the file's access history and the audit chain.
 */
@Service
@Transactional(readOnly = true)
public class Archives {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final FileRecords files;
    private final SealedPages pages;
    private final ReadingGrants grants;
    private final TransferRecords transfers;
    private final AccessLog log;
    private final People people;
    private final Clock clock;

    Archives(
            FileRecords files,
            SealedPages pages,
            ReadingGrants grants,
            TransferRecords transfers,
            AccessLog log,
            People people,
            Clock clock) {
        this.files = files;
        this.pages = pages;
        this.grants = grants;
        this.transfers = transfers;
        this.log = log;
        this.people = people;
        this.clock = clock;
    }

    /** Opens the one file of a person of the registry, at the keeper's own archive unit. */
    @Transactional
    public FileView open(NewFile command) {
        Actor actor = CurrentActor.require();
        String holder = ArchiveRoles.archiveUnit("holder", command.holder());
        if (!ArchiveRoles.keeps(actor, holder)) {
            throw new Forbidden("只有本单位档案管理员可以建档", "only a keeper of the holding unit opens its files");
        }
        if (command.person() == null) {
            throw new InvalidValue("person", "required", "须指定人员", "person is required");
        }
        PersonView person = personInScope(actor, command.person());
        if (files.existsForPerson(person.id())) {
            throw new Conflict("archives.one-file", "此人已有档案（一人一档）", "this person already has a file");
        }
        Instant now = clock.instant();
        String location = Text.optional("paperLocation", command.paperLocation(), 200);
        long id = files.insert(person.id(), person.name(), person.gridCode(), holder, location, actor.username(), now);
        log.record(id, holder, actor, "FILE_OPENED", null, null, null, now);
        return file(id);
    }

    /**
     * The person as the registry holds them, only when registered inside the keeper's scope. Keepers do
     * not work the registry, so the platform looks the person up and the scope test is made here; a
     * person outside the scope and one that does not exist are refused alike.
     */
    private PersonView personInScope(Actor actor, long id) {
        try {
            PersonView person = CurrentActor.runAsSystem(() -> people.person(id));
            if (!actor.scope().contains(person.gridCode())) throw unknownPerson();
            return person;
        } catch (NotFound e) {
            throw unknownPerson();
        }
    }

    /** Adds a material with its scanned pages (PDF pages or images), sealed as they are stored. */
    @Transactional
    public MaterialView addMaterial(long fileId, String materialClass, String title, List<byte[]> uploads) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        FileRecords.Row file = kept(actor, fileId, now);
        MaterialClass cls = MaterialClass.parse("class", materialClass);
        String name = Text.required("title", title, 100);
        if (uploads == null || uploads.isEmpty()) {
            throw new InvalidValue("pages", "required", "请上传扫描页", "upload the scanned pages");
        }
        List<OriginalPage> scanned = new ArrayList<>();
        for (byte[] upload : uploads) scanned.addAll(Scans.pagesOf(upload));
        if (scanned.size() > Scans.MAX_PAGES) throw Scans.tooMany();
        long id = files.addMaterial(file.id(), cls, name, scanned.size(), actor.username(), now);
        pages.store(id, scanned);
        log.record(file.id(), file.holderCode(), actor, "MATERIAL_ADDED", id, null, cls.name(), now);
        return files.materials(file.id()).stream()
                .filter(m -> m.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** One material of a file the caller may see, as its catalogue lists it. */
    public MaterialView material(long fileId, long material) {
        return file(fileId).materials().stream()
                .filter(m -> m.id() == material)
                .findFirst()
                .orElseThrow(() -> new NotFound("material", material));
    }

    /** The keeper confirms a material's scans match the paper (数字化校核). */
    @Transactional
    public FileView check(long fileId, long material) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        FileRecords.Row file = kept(actor, fileId, now);
        files.material(file.id(), material).orElseThrow(() -> new NotFound("archive material", material));
        if (!files.check(file.id(), material, actor.username(), now)) {
            throw new Conflict("archives.checked", "该材料已校核", "this material was already checked");
        }
        log.record(file.id(), file.holderCode(), actor, "MATERIAL_CHECKED", material, null, null, now);
        return file(fileId);
    }

    /** The catalogue of a file the actor may see; 404 outside what they may see. */
    public FileView file(long id) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        return view(actor, visible(actor, id, now), now);
    }

    public List<FileView> files() {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        return files.listVisible(actor, now, 200).stream()
                .map(f -> view(actor, f, now))
                .toList();
    }

    private FileView view(Actor actor, FileRecords.Row f, Instant now) {
        List<MaterialView> materials = files.materials(f.id());
        boolean keeper = ArchiveRoles.keeps(actor, f.holderCode());
        List<AccessGrant> held = keeper ? List.of() : grants.of(actor, f.id());
        return new FileView(
                f.id(),
                f.person(),
                f.cadreName(),
                f.divisionCode(),
                f.holderCode(),
                f.location(),
                materials,
                materials.stream().mapToInt(MaterialView::pages).sum(),
                materials.stream()
                        .filter(MaterialView::checked)
                        .mapToInt(MaterialView::pages)
                        .sum(),
                transfers.pending(f.id()).orElse(null),
                materials.stream()
                        .filter(m -> keeper || AccessGrant.anyAllowsReading(held, m.id(), m.materialClass(), now))
                        .map(MaterialView::id)
                        .toList(),
                keeper,
                ArchiveRoles.oversees(actor, f.holderCode()));
    }

    /**
     * A page as a PNG with the reader, unit and time drawn across it. Without a live grant the answer
     * is the same refusal for every material and page, so it tells nothing about them.
     */
    @Transactional
    public byte[] page(long fileId, long material, int number) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        FileRecords.Row file = visible(actor, fileId, now);
        FileRecords.Material m = readable(actor, file, material, now, false);
        OriginalPage page = pages.original(m.id(), number).orElseThrow(() -> new NotFound("archive page", number));
        String text = actor.displayName() + " " + actor.username() + " · " + ArchiveRoles.unitOf(actor) + " · "
                + STAMP.format(now);
        byte[] png = Scans.png(new Watermark(text).applyTo(Scans.picture(page)));
        log.record(file.id(), file.holderCode(), actor, "VIEW", m.id(), number, null, now);
        return png;
    }

    /** The original bytes of a page, only under a grant that allows download (or for the keeper). */
    @Transactional
    public OriginalPage original(long fileId, long material, int number) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        FileRecords.Row file = visible(actor, fileId, now);
        FileRecords.Material m = readable(actor, file, material, now, true);
        OriginalPage page = pages.original(m.id(), number).orElseThrow(() -> new NotFound("archive page", number));
        log.record(file.id(), file.holderCode(), actor, "DOWNLOAD", m.id(), number, null, now);
        return page;
    }

    private FileRecords.Material readable(
            Actor actor, FileRecords.Row file, long material, Instant now, boolean download) {
        if (ArchiveRoles.keeps(actor, file.holderCode())) {
            return files.material(file.id(), material).orElseThrow(() -> new NotFound("archive material", material));
        }
        List<AccessGrant> held = grants.of(actor, file.id());
        return files.material(file.id(), material)
                .filter(m -> download
                        ? AccessGrant.anyAllowsDownload(held, m.id(), m.materialClass(), now)
                        : AccessGrant.anyAllowsReading(held, m.id(), m.materialClass(), now))
                .orElseThrow(() -> download ? noDownload() : noGrant());
    }

    /** The file's access history, for its keeper and the organisation departments above it. */
    public List<AccessEntry> accessLog(long fileId) {
        Actor actor = CurrentActor.require();
        FileRecords.Row file = visible(actor, fileId, clock.instant());
        if (!ArchiveRoles.oversees(actor, file.holderCode())) {
            throw new Forbidden(
                    "只有保管单位和组织部门可以查看查阅记录", "only the holder and the organisation department read the access history");
        }
        return log.of(file.id());
    }

    /** 到馆查阅: the keeper records a reading of the paper file, counted against the online rate. */
    @Transactional
    public void recordPaperReading(long fileId, PaperReading reading) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        FileRecords.Row file = kept(actor, fileId, now);
        String reader = Text.required("reader", reading.reader(), 50);
        String unit = Text.required("unit", reading.unit(), 100);
        String purpose = Text.required("purpose", reading.purpose(), 200);
        log.record(
                file.id(),
                file.holderCode(),
                actor,
                "PAPER_READING",
                null,
                null,
                reader + " / " + unit + " / " + purpose,
                now);
    }

    private FileRecords.Row visible(Actor actor, long id, Instant now) {
        return files.visible(actor, id, now).orElseThrow(() -> new NotFound("archive file", id));
    }

    private FileRecords.Row kept(Actor actor, long id, Instant now) {
        FileRecords.Row file = visible(actor, id, now);
        if (!ArchiveRoles.keeps(actor, file.holderCode())) throw notKeeper();
        return file;
    }

    static Forbidden notKeeper() {
        return new Forbidden("只有保管单位的档案管理员可以办理", "only a keeper of the holding unit may do this");
    }

    static Forbidden noGrant() {
        return new Forbidden("没有有效的查阅授权", "no live grant to read this part of the file");
    }

    private static Forbidden noDownload() {
        return new Forbidden("查阅授权不含下载", "no live grant to download this part of the file");
    }

    private static InvalidValue unknownPerson() {
        return new InvalidValue("person", "archives.person", "辖区内无此人员", "no such person in your scope");
    }
}
