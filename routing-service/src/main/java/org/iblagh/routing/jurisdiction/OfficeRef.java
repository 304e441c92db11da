package org.iblagh.routing.jurisdiction;

/**
 * A police unit or a prosecutor's office. A prosecutor office's id is its court's id;
 * level ({@code COURT_OF_APPEAL} or {@code FIRST_INSTANCE}) and court are null for police
 * units.
 */
public record OfficeRef(String id, String name, String level, String court) {
}
