-- The inbox (待办) of a street or community lists the cases of its area waiting for the next step. Through
-- the scope index it read every case the area ever had and filtered them: at 10 million cases a street's
-- 8,685 cases (8,600 table pages, 20 ms) for its 22 waiting ones. The waiting cases of the whole region
-- are about 15,000, so this index is small and gives a street's inbox its rows directly (0.4 ms).
create index if not exists work_case_waiting on work_case (grid_code, id)
    where status in ('INTAKE', 'REPORTED', 'VERIFIED', 'FILED');
