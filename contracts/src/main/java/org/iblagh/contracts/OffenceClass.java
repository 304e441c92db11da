package org.iblagh.contracts;

/**
 * A crime goes to the Procureur général du Roi at the court of appeal, a délit to the
 * Procureur du Roi at the first-instance court.
 */
public enum OffenceClass {

	CRIME, DELIT

}
