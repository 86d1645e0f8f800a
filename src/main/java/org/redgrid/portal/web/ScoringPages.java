package org.redgrid.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.redgrid.scoring.ItemScore;
import org.redgrid.scoring.RoundView;
import org.redgrid.scoring.ScoreSheet;
import org.redgrid.scoring.Scoring;
import org.redgrid.scoring.Stage;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 考评: the rounds the user runs, is assessed in or reviews for; a round with its units, results, talks
 * and export; one unit's assessment with a form for each stage the user may score now — which stages,
 * the scoring module answers, as it does for the API.
 */
@Controller
class ScoringPages {

    private final Scoring scoring;

    ScoringPages(Scoring scoring) {
        this.scoring = scoring;
    }

    @GetMapping("/scoring")
    String rounds(Model model) {
        model.addAttribute("rounds", scoring.rounds());
        return "scoring-rounds";
    }

    @GetMapping("/scoring/rounds/{id}")
    String round(@PathVariable long id, Model model) {
        RoundView round = scoring.round(id);
        model.addAttribute("round", round);
        if (!"OPEN".equals(round.status())) {
            model.addAttribute("results", scoring.results(id));
            if (round.assessor()) model.addAttribute("talks", scoring.talks(id));
        }
        return "scoring-round";
    }

    @PostMapping("/scoring/rounds/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        scoring.close(id);
        redirect.addFlashAttribute("done", "closed");
        return "redirect:/scoring/rounds/" + id;
    }

    @PostMapping("/scoring/rounds/{id}/talks/{unit}")
    String talk(
            @PathVariable long id,
            @PathVariable String unit,
            @RequestParam(required = false) LocalDate heldOn,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        scoring.recordTalk(id, unit, heldOn, note);
        redirect.addFlashAttribute("done", "talk");
        return "redirect:/scoring/rounds/" + id;
    }

    @GetMapping("/scoring/rounds/{id}/results.xlsx")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        byte[] workbook = scoring.exportResults(id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"scoring-round-" + id + ".xlsx\"");
        response.getOutputStream().write(workbook);
    }

    @GetMapping("/scoring/rounds/{id}/units/{unit}")
    String assessment(@PathVariable long id, @PathVariable String unit, Model model) {
        fill(model, id, unit);
        return "scoring-assessment";
    }

    /** One stage's form: {@code points.CODE}, {@code evidence.CODE}, {@code reason.CODE}; empty points are left out. */
    @PostMapping("/scoring/rounds/{id}/units/{unit}/{stage}")
    String score(
            @PathVariable long id,
            @PathVariable String unit,
            @PathVariable Stage stage,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            scoring.score(id, unit, stage, new ScoreSheet(sheet(form)));
            redirect.addFlashAttribute("done", stage);
            return "redirect:/scoring/rounds/" + id + "/units/" + unit;
        } catch (InvalidValue e) {
            response.setStatus(400);
            model.addAttribute("error", new CasePages.FieldError(e.field(), e.messageZh(), e.messageEn()));
        } catch (Conflict e) {
            response.setStatus(409);
            model.addAttribute("error", new CasePages.FieldError("", e.messageZh(), e.getMessage()));
        } catch (Forbidden e) {
            response.setStatus(403);
            model.addAttribute("error", new CasePages.FieldError("", e.messageZh(), e.getMessage()));
        }
        model.addAttribute("failed", stage);
        fill(model, id, unit);
        return "scoring-assessment";
    }

    private void fill(Model model, long id, String unit) {
        model.addAttribute("round", scoring.round(id));
        model.addAttribute("a", scoring.assessment(id, unit));
    }

    private static Map<String, ItemScore> sheet(Map<String, String> form) {
        Map<String, ItemScore> items = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (!name.startsWith("points.") || value == null || value.isBlank()) return;
            String code = name.substring("points.".length());
            BigDecimal points;
            try {
                points = new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                throw new InvalidValue(
                        "items." + code + ".points", "points.format", "得分须为数字", "points must be a number");
            }
            items.put(code, new ItemScore(points, form.get("evidence." + code), form.get("reason." + code)));
        });
        return items;
    }
}
