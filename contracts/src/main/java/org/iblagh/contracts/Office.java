package org.iblagh.contracts;

/**
 * A prosecutor's office or a police unit. A prosecutor office's id is its court's id
 * ({@code TPI-RABAT}, {@code CA-RABAT}); level and court are null for police units.
 */
public record Office(String id, String name, String level, String court) {
}
