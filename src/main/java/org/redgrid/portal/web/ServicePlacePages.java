package org.redgrid.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.redgrid.organization.NewServicePlace;
import org.redgrid.organization.Organization;
import org.redgrid.organization.ServicePlaceKind;
import org.redgrid.organization.ServicePlaceView;
import org.redgrid.shared.InvalidValue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 服务场所维护: staff keep the service places of their area — where each is, when it is open, what it
 * offers and whom to call — on a page instead of the API alone. Every check is the facade's.
 */
@Controller
class ServicePlacePages {

    private final Organization organization;

    ServicePlacePages(Organization organization) {
        this.organization = organization;
    }

    @GetMapping("/service-places")
    String list(@RequestParam(required = false) Long edit, Model model) {
        ServicePlaceView editing = edit == null ? null : organization.servicePlace(edit);
        fill(model, editing == null ? null : form(editing), editing == null ? null : editing.id());
        return "service-places";
    }

    @PostMapping("/service-places")
    String save(
            @ModelAttribute NewServicePlace form,
            @RequestParam(required = false) Long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            ServicePlaceView saved =
                    id == null ? organization.createServicePlace(form) : organization.updateServicePlace(id, form);
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/service-places";
        } catch (InvalidValue e) {
            response.setStatus(400);
            model.addAttribute("error", new CasePages.FieldError(e.field(), e.messageZh(), e.messageEn()));
            fill(model, form, id);
            return "service-places";
        }
    }

    private void fill(Model model, NewServicePlace form, Long id) {
        List<ServicePlaceView> places = organization.servicePlaces(null);
        model.addAttribute("places", places);
        model.addAttribute("kinds", List.of(ServicePlaceKind.values()));
        model.addAttribute(
                "form",
                form == null ? new NewServicePlace(null, null, null, null, null, null, null, null, null) : form);
        model.addAttribute("editing", id);
    }

    private static NewServicePlace form(ServicePlaceView place) {
        return new NewServicePlace(
                place.kind(),
                place.name(),
                place.address(),
                place.scopeCode(),
                place.lat(),
                place.lng(),
                place.openingHours(),
                place.services(),
                place.contact());
    }

    @GetMapping("/service-places/{id}")
    String one(@PathVariable long id) {
        return "redirect:/service-places?edit=" + organization.servicePlace(id).id();
    }
}
