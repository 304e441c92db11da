package org.iblagh.triage.assessment.internal;

/**
 * The writing system of a token, which decides which lexicon entries can match it.
 */
public enum Script {

	ARABIC, LATIN, NUMBER

}
