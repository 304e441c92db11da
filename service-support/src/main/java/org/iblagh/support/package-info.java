/**
 * What every Iblagh service shares and nothing service-specific: publishing integration
 * events as CloudEvents through an outbox, problem+json errors, cached HTTP Basic
 * authentication, a Mongo health check that the embedded server answers.
 */
package org.iblagh.support;
