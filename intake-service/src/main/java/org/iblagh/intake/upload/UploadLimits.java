package org.iblagh.intake.upload;

import java.util.ArrayList;
import java.util.List;

import org.iblagh.support.web.ApiException.FieldProblem;

/**
 * Size and count limits of evidence, checked before anything is stored.
 *
 * @param maxFileSize bytes per file
 * @param maxFiles files per submission
 * @param maxReportSize bytes per report, all submissions together
 */
public record UploadLimits(long maxFileSize, int maxFiles, long maxReportSize) {

	/**
	 * @param sizes declared sizes of the new files
	 * @param alreadyStored bytes the report already holds (late evidence)
	 */
	public List<FieldProblem> check(List<Long> sizes, long alreadyStored) {
		List<FieldProblem> errors = new ArrayList<>();
		if (sizes.size() > this.maxFiles) {
			errors.add(new FieldProblem("evidence", "TOO_MANY_FILES", "At most " + this.maxFiles + " files."));
		}
		long total = alreadyStored;
		for (int i = 0; i < sizes.size(); i++) {
			long size = sizes.get(i);
			if (size == 0) {
				errors.add(new FieldProblem("evidence[" + i + "]", "EMPTY_FILE", "The file is empty."));
			}
			else if (size > this.maxFileSize) {
				errors.add(new FieldProblem("evidence[" + i + "]", "FILE_TOO_LARGE",
						"The file is larger than " + mebibytes(this.maxFileSize) + " MiB."));
			}
			total += Math.max(0, size);
		}
		if (total > this.maxReportSize) {
			errors.add(new FieldProblem("evidence", "REPORT_TOO_LARGE",
					"All files of a report together may not exceed " + mebibytes(this.maxReportSize) + " MiB."));
		}
		return errors;
	}

	private static long mebibytes(long bytes) {
		return bytes / (1024 * 1024);
	}

}
