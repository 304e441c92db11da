/**
 * The investigators' console at {@code /console}: login, queue, report page with the
 * explanation and hash-first evidence, claims and decisions, the audit log for
 * supervisors. Server-rendered (Thymeleaf) in ar, fr and en; no script needed.
 */
package org.iblagh.triage.console;
