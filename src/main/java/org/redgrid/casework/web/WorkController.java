package org.redgrid.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.Casework;
import org.redgrid.casework.WorkList;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Work lists", description = "工作清单：我的任务、待办、超期 / the work lists of the pages")
class WorkController {

    private final Casework casework;

    WorkController(Casework casework) {
        this.casework = casework;
    }

    @GetMapping("/work/{list}")
    @Operation(
            summary = "A work list of the caller, the same as the work pages show (我的任务、待办、超期 …)",
            description = "assigned: dispatched to me and not yet reported back; inbox: waiting at my level or"
                    + " below for the next step; escalated: open and handed up from the grid; overdue: open and"
                    + " past the red line; whistled: open with units summoned; reported: reported by me; board:"
                    + " open service orders and micro-wishes. Lists with a clock come nearest deadline first,"
                    + " the others newest first; q searches case number and title. The total is exact: a page"
                    + " shorter than its size gives it without a second count.")
    PageResult<CaseView> work(
            @Parameter(description = "assigned, inbox, escalated, overdue, whistled, reported or board") @PathVariable
                    String list,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return casework.work(WorkList.ofApiName(list), q, Paging.of(page, size));
    }
}
