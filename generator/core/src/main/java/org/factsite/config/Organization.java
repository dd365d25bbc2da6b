package org.factsite.config;

import java.util.List;
import java.util.Optional;

/**
 * {@code site.yaml}'s {@code organization:}: who runs the desk, who owns and funds it, how to reach it, as the
 * IFCN's Code of Principles asks a signatory to publish. Rendered at {@code /about/organization/}.
 *
 * @param line    where {@code organization:} starts in site.yaml, for messages
 * @param funding by year, newest first as the author lists it
 */
public record Organization(String name, Optional<String> legalForm, List<String> owners, List<TeamMember> team,
        Optional<String> email, Optional<String> address, List<Funding> funding, int line) {

    public Organization {
        owners = List.copyOf(owners);
        team = List.copyOf(team);
        funding = List.copyOf(funding);
    }

    public record TeamMember(String name, String role) {
    }

    /** One source of money in one year, and its share of that year's income ("60 %", "EUR 40,000"). */
    public record Funding(int year, String source, String share, int line) {
    }
}
