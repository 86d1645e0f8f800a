package org.redgrid.people;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.redgrid.people.internal.TableWriter;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Exports of persons and ledger entries inside the actor's scope, masked, as .xlsx or CSV. Preparing an
 * export audits it (with the row count) before the first byte leaves; the API and the pages both use it.
 */
@Service
public class RegistryExports {

    /** A prepared export: what to call the file, its content type, and how to write it. */
    public record Export(String filename, String contentType, Body body) {

        /** Streams the rows to the output. */
        @FunctionalInterface
        public interface Body {
            void writeTo(OutputStream out) throws IOException;
        }
    }

    private final People people;
    private final Ledgers ledgers;
    private final ApplicationEventPublisher events;

    RegistryExports(People people, Ledgers ledgers, ApplicationEventPublisher events) {
        this.people = people;
        this.ledgers = ledgers;
        this.events = events;
    }

    public Export persons(String format, PersonQuery query) {
        TableWriter.Format target = format(format);
        audit("people", target, people.persons(query, new Paging(0, 1)).total());
        return new Export("people." + target.extension(), target.contentType(), out -> {
            try (TableWriter writer = new TableWriter(
                    target,
                    out,
                    "人员",
                    List.of("编号", "网格编码", "户编号", "姓名", "身份证号", "性别", "出生日期", "手机号", "民族", "与户主关系", "标签", "台账", "党员"))) {
                people.eachPerson(
                        query,
                        person -> writer.add(Arrays.asList(
                                person.id(),
                                person.gridCode(),
                                person.householdId(),
                                person.name(),
                                person.idNumberMasked(),
                                person.gender().nameZh(),
                                person.birthDate().toString(),
                                person.phoneMasked(),
                                person.ethnicity(),
                                person.relation() == null
                                        ? null
                                        : person.relation().nameZh(),
                                String.join(",", person.tags()),
                                String.join(
                                        ",",
                                        person.ledgers().stream()
                                                .map(LedgerKind::nameZh)
                                                .toList()),
                                person.partyMembership() == null
                                        ? ""
                                        : person.partyMembership().inService() ? "在职党员" : "党员")));
            }
        });
    }

    public Export ledgerEntries(String format, LedgerKind kind, String gridCode, Boolean dueOnly) {
        TableWriter.Format target = format(format);
        audit(
                "ledger_entry",
                target,
                ledgers.entries(kind, gridCode, dueOnly, new Paging(0, 1)).total());
        return new Export("ledgers." + target.extension(), target.contentType(), out -> {
            try (TableWriter writer = new TableWriter(
                    target,
                    out,
                    "重点人群台账",
                    List.of("编号", "台账类别", "姓名", "身份证号", "手机号", "网格编码", "走访周期(天)", "上次走访", "下次走访", "是否逾期", "备注"))) {
                ledgers.eachEntry(
                        kind,
                        gridCode,
                        dueOnly,
                        entry -> writer.add(Arrays.asList(
                                entry.id(),
                                entry.kind().nameZh(),
                                entry.personName(),
                                entry.idNumberMasked(),
                                entry.phoneMasked(),
                                entry.gridCode(),
                                entry.visitCycleDays(),
                                entry.lastVisitAt() == null
                                        ? ""
                                        : entry.lastVisitAt().toString(),
                                entry.nextVisitDue().toString(),
                                entry.overdue() ? "是" : "否",
                                entry.note())));
            }
        });
    }

    private static TableWriter.Format format(String format) {
        return switch (format == null ? "" : format.toLowerCase()) {
            case "xlsx" -> TableWriter.Format.XLSX;
            case "csv" -> TableWriter.Format.CSV;
            default -> throw new InvalidValue("format", "enum", "format 须为 xlsx 或 csv", "format must be xlsx or csv");
        };
    }

    private void audit(String what, TableWriter.Format format, long rows) {
        events.publishEvent(new AuditRecord(
                "EXPORT", what, null, CurrentActor.require().scope().prefix(), format.extension() + " rows=" + rows));
    }
}
