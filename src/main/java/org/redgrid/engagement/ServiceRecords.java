package org.redgrid.engagement;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.redgrid.engagement.internal.Activities;
import org.redgrid.engagement.internal.Ledger;
import org.redgrid.engagement.internal.Period;
import org.redgrid.engagement.internal.RecordHtml;
import org.redgrid.engagement.internal.RecordWorkbook;
import org.redgrid.engagement.internal.Registrations;
import org.redgrid.engagement.internal.RuleBook;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 纪实 and 双报告: a member's service record over a period, as a spreadsheet or a printable page, for
 * the member, the staff of their area and their employer unit (its own members only). Every report
 * read is audited, since it carries a person's record to another organisation.
 */
@Service
@Transactional(readOnly = true)
public class ServiceRecords {

    /** The formats of a report. */
    public enum Format {
        XLSX,
        HTML
    }

    private final Engagement engagement;
    private final Registrations registrations;
    private final Activities activities;
    private final Ledger ledger;
    private final RuleBook rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceRecords(
            Engagement engagement,
            Registrations registrations,
            Activities activities,
            Ledger ledger,
            RuleBook rules,
            ApplicationEventPublisher events,
            Clock clock) {
        this.engagement = engagement;
        this.registrations = registrations;
        this.activities = activities;
        this.ledger = ledger;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** The record of a member the actor may read (404 otherwise), this year by default. */
    public ServiceRecord record(long member, LocalDate from, LocalDate to) {
        MemberView who = engagement.member(member);
        Period period = Period.orThisYear(from, to, LocalDate.now(clock.withZone(Ledger.LOCAL)));
        List<ServiceRecord.Attendance> attended = activities.attended(who.person(), period.start(), period.end());
        List<PointEntryView> points = ledger.entries(who.person(), period.start(), period.end());
        int yearPoints = ledger.total(who.person(), period.to().getYear());
        return new ServiceRecord(
                who,
                period.from(),
                period.to(),
                registrations.ofMember(CurrentActor.require(), who.person()),
                attended,
                points,
                attended.stream().mapToDouble(ServiceRecord.Attendance::hours).sum(),
                points.stream().mapToInt(PointEntryView::points).sum(),
                rules.at(who.gridCode()).stars().stars(yearPoints));
    }

    /** Writes the report and audits that it left the platform. */
    @Transactional
    public void write(long member, LocalDate from, LocalDate to, Format format, OutputStream out) {
        ServiceRecord record = record(member, from, to);
        events.publishEvent(new AuditRecord(
                "SERVICE_RECORD_READ",
                "person",
                Long.toString(member),
                record.member().gridCode(),
                format + " " + record.from() + ".." + record.to()));
        if (format == Format.XLSX) {
            RecordWorkbook.write(record, out);
        } else {
            RecordHtml.write(record, out);
        }
    }
}
