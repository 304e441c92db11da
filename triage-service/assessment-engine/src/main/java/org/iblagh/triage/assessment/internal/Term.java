package org.iblagh.triage.assessment.internal;

import java.util.List;

/**
 * A weighted word or phrase of a lexicon, as written in its resource file.
 */
public record Term(String source, String form, String written, int weight, List<TermPattern> patterns) {
}
