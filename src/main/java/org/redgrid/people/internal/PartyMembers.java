package org.redgrid.people.internal;

import java.sql.Types;
import org.redgrid.organization.Organization;
import org.redgrid.people.NewPartyMember;
import org.redgrid.people.PersonView;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Party membership (党员) of a registered person; an in-service member (在职党员) names an employer. */
@Component
public class PartyMembers {

    private final JdbcClient jdbc;
    private final Organization organization;

    PartyMembers(JdbcClient jdbc, Organization organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    /** Records or replaces the person's membership. */
    public void register(PersonView person, NewPartyMember command) {
        boolean inService = Boolean.TRUE.equals(command.inService());
        if (inService && (command.employer() == null || command.employer().isBlank())) {
            throw new InvalidValue("employer", "required", "在职党员须填写工作单位", "an in-service member needs an employer");
        }
        if (command.partyOrgId() != null && !organization.partyOrgVisible(command.partyOrgId())) {
            throw new NotFound("party organisation", command.partyOrgId());
        }
        jdbc.sql("""
                        insert into party_member (person_id, party_org_id, grid_code, in_service, employer)
                        values (:person, :org, :grid, :inService, :employer)
                        on conflict (person_id) do update
                           set party_org_id = excluded.party_org_id, in_service = excluded.in_service, employer = excluded.employer""")
                .param("person", person.id())
                .param("org", command.partyOrgId(), Types.BIGINT)
                .param("grid", person.gridCode())
                .param("inService", inService)
                .param("employer", Text.blankToNull(command.employer()), Types.VARCHAR)
                .update();
    }
}
