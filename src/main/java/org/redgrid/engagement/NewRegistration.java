package org.redgrid.engagement;

import java.util.List;

/**
 * 双报到: a party member ({@code partyMember}, a person id) or an employer unit ({@code unit}, a credit
 * code) registers at a community; a member joins a grid, a service centre and a residents' group
 * (三进) and may apply for posts (两认岗).
 */
public record NewRegistration(
        Long partyMember,
        String unit,
        String community,
        String grid,
        String serviceCentre,
        String residentsGroup,
        List<NewPost> posts) {}
