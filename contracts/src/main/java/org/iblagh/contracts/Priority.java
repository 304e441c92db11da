package org.iblagh.contracts;

/**
 * P1 is danger to life or to a child now, or an imminent attack; P4 is the lowest.
 */
public enum Priority {

	P1, P2, P3, P4

}
