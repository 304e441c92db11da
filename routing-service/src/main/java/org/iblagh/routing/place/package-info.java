/**
 * Place resolution: a city or province as people write it (Arabic, French, English,
 * common spellings, small typos) to a province of the reference data, or an explicit
 * "unresolved" with suggestions.
 */
package org.iblagh.routing.place;
