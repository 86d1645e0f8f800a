package org.redgrid.open311.internal;

import java.util.List;
import org.redgrid.casework.CategoryForm;
import org.redgrid.casework.CategoryForms;
import org.redgrid.shared.NotFound;
import org.springframework.stereotype.Component;

/** The services: one per active case category marked for Open311, its extra fields as attributes. */
@Component
public class ServiceCatalog {

    private final CategoryForms forms;

    ServiceCatalog(CategoryForms forms) {
        this.forms = forms;
    }

    public List<CategoryForm> services() {
        return forms.open311Forms();
    }

    /** The definition of one service; 404 for a category clients may not file. */
    public CategoryForm service(String code) {
        return forms.form(code)
                .filter(form -> form.open311() && form.active())
                .orElseThrow(() -> new NotFound("service", code));
    }
}
