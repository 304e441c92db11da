/**
 * Encryption at rest of the fields that identify or describe: Tink AEAD, key from
 * configuration.
 */
package org.iblagh.intake.crypto;
