package org.iblagh.intake.upload;

import java.io.IOException;
import java.io.InputStream;

/**
 * An uploaded evidence file, whatever the transport.
 */
public interface IncomingFile {

	String fileName();

	String contentType();

	/** The declared size, or -1 when unknown. */
	long size();

	InputStream open() throws IOException;

}
