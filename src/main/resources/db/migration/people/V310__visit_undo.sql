-- A visit can be undone for a minute after it was recorded (VisitUndoWindow): the ledger entry's dates
-- before the visit are kept on the visit, to be put back when it is undone.
alter table visit add column previous_last_visit_at timestamptz;
alter table visit add column previous_next_visit_due date;
