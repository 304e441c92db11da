package org.iblagh.evidence.custody;

/**
 * What happened to an evidence item. Codes never change: they are part of exported
 * manifests.
 */
public enum CustodyAction {

	RECEIVED, VERIFIED, STORED, VIEWED, EXPORTED, DELETED

}
