package org.iblagh.evidence.custody;

/**
 * What happened to an evidence item. Codes never change: they are part of exported
 * manifests. {@code LEGAL_HOLD} records who set or lifted a hold (detail
 * {@code hold=true|false}): lifting one lets the retention sweep delete the evidence.
 */
public enum CustodyAction {

	RECEIVED, VERIFIED, STORED, VIEWED, EXPORTED, DELETED, LEGAL_HOLD

}
