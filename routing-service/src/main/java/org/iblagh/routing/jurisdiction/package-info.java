/**
 * The competence rules (competence_rules.csv, with effective dates) applied to a place, a
 * category and an offence class; every answer carries its basis.
 */
package org.iblagh.routing.jurisdiction;
