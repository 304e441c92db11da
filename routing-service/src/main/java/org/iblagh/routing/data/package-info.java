/**
 * Morocco's reference data as versioned resources (regions, provinces, courts, police
 * units, area codes, offences), loaded with every column including provenance and
 * verification flags.
 */
package org.iblagh.routing.data;
