package org.iblagh.evidence.securing;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * Detects a file's real media type from its first bytes (Apache Tika's magic numbers),
 * never from its name or the client's claim.
 */
class MediaTypeDetector {

	private final Detector detector = MimeTypes.getDefaultMimeTypes();

	/**
	 * @param in a stream supporting mark/reset; it is reset to where it was
	 */
	String detect(InputStream in) throws IOException {
		return this.detector.detect(in, new Metadata()).getBaseType().toString();
	}

}
