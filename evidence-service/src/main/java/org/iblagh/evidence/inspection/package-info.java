/**
 * What securing finds out about a file (flags, media type consistency). Plain Java.
 */
package org.iblagh.evidence.inspection;
