package org.iblagh.intake.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * Adapts uploaded multipart parts (spooled to disk past a small threshold by the servlet
 * container) to {@link IncomingFile}.
 */
public final class MultipartFiles {

	private MultipartFiles() {
	}

	public static List<IncomingFile> of(List<MultipartFile> parts) {
		return (parts != null) ? parts.stream().map(Part::new).map(IncomingFile.class::cast).toList() : List.of();
	}

	private record Part(MultipartFile file) implements IncomingFile {

		@Override
		public String fileName() {
			return this.file.getOriginalFilename();
		}

		@Override
		public String contentType() {
			return this.file.getContentType();
		}

		@Override
		public long size() {
			return this.file.getSize();
		}

		@Override
		public InputStream open() throws IOException {
			return this.file.getInputStream();
		}

	}

}
