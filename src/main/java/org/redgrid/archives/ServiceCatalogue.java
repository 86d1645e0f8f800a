package org.redgrid.archives;

import java.util.List;
import org.redgrid.archives.internal.Catalogue;
import org.redgrid.archives.internal.Part;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Role;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one-stop catalogue of archive services (7 classes, 41 items), edited by the region. */
@Service
@Transactional(readOnly = true)
public class ServiceCatalogue {

    private final Catalogue catalogue;
    private final ApplicationEventPublisher events;

    ServiceCatalogue(Catalogue catalogue, ApplicationEventPublisher events) {
        this.catalogue = catalogue;
        this.events = events;
    }

    public List<ServiceClass> classes() {
        return catalogue.classes();
    }

    public ServiceItem item(String code) {
        return catalogue.item(code).orElseThrow(() -> new NotFound("service item", code));
    }

    /** Adds or changes an item; only a region administrator edits the catalogue. */
    @Transactional
    public ServiceItem save(String code, ServiceItemChange change) {
        Actor actor = CurrentActor.require();
        if (!actor.has(Role.REGION_ADMIN)) {
            throw new Forbidden("只有自治区管理员可以编辑服务目录", "only the region edits the service catalogue");
        }
        if (code == null || !code.matches("[A-Z][A-Z_]{0,19}\\.[A-Z][A-Z_]{0,39}")) {
            throw new InvalidValue(
                    "code",
                    "archives.item-code",
                    "事项编码形如 QUERY.INSPECTION",
                    "an item code looks like QUERY.INSPECTION");
        }
        String cls = change.classCode() == null ? "" : change.classCode().strip();
        if (!catalogue.classExists(cls)) {
            throw new InvalidValue(
                    "classCode", "archives.service-class", "服务目录中无此类别", "no such class in the catalogue");
        }
        ServiceItem item = new ServiceItem(
                code,
                cls,
                Text.required("nameZh", change.nameZh(), 100),
                Text.required("nameEn", change.nameEn(), 100),
                Part.classes("parts", change.parts()));
        catalogue.save(item);
        events.publishEvent(
                new AuditRecord("ARCHIVE_CATALOGUE_CHANGED", "archive_service_item", code, "15", item.nameZh()));
        return item;
    }
}
