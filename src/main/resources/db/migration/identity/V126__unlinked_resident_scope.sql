-- A resident account not yet linked to a person held the whole region (15) as its scope, and every
-- list scoped by code (buildings, party organisations, notices, assessment rounds, ...) answered it
-- with the whole region's rows. Its scope is now a code under the region that no division or grid
-- has, so those lists are empty until the community links the account to a person of its grid.
update app_user
   set scope_code = '150000000000'
 where scope_code = '15'
   and person_id is null
   and roles = array['RESIDENT']::text[];
