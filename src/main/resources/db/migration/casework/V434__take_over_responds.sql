-- 响应率 counts a dispatched case as answered once someone took it into hand: the assignee accepting
-- it, a summoned unit reporting in, or staff taking it over from its assignee (TAKE_OVER moves a
-- dispatched case to HANDLING with no ACCEPT of its own). A hand-over is not an answer: it gives the
-- case to another handler, who accepts it anew.
create or replace function case_event_marks_case() returns trigger language plpgsql as $$
begin
    if new.action in ('DISPATCH', 'WHISTLE') then
        update work_case set has_dispatch_event = true where id = new.case_id and not has_dispatch_event;
    elsif new.action in ('ACCEPT', 'REPORT_IN', 'TAKE_OVER') then
        update work_case set has_response_event = true where id = new.case_id and not has_response_event;
    else
        update work_case set has_verify_event = true where id = new.case_id and not has_verify_event;
    end if;
    return null;
end
$$;

drop trigger case_event_marks_case on case_event;
create trigger case_event_marks_case after insert on case_event for each row
    when (new.action in ('DISPATCH', 'WHISTLE', 'ACCEPT', 'REPORT_IN', 'TAKE_OVER', 'VERIFY_PASS', 'VERIFY_FAIL'))
    execute function case_event_marks_case();

-- Cases taken over before this change: the case trigger records what the update changes in the rollups.
update work_case c set has_response_event = true
 where not c.has_response_event
   and exists (select 1 from case_event e where e.case_id = c.id and e.action = 'TAKE_OVER');
