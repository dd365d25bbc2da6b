package org.factsite.model;

import java.time.LocalDate;

/** A published correction of a claim: when, and what changed. */
public record Correction(LocalDate date, String note) {
}
