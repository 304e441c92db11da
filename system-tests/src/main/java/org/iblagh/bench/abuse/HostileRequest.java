package org.iblagh.bench.abuse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated request: which endpoint it aims at, what kind of abuse it carries, and
 * the raw bytes to send.
 *
 * @param endpoint the catalogued endpoint it targets
 * @param kind the kind of abuse, for the per-kind counts and failure samples
 * @param method the request method, sent as is
 * @param target the request target (path and query), sent as is
 * @param headers header lines, sent as is (Host and Content-Length are added unless
 * present)
 * @param body the body, or {@code null}
 * @param crossOffice whether it reads another office's data with an office's own
 * credentials: only 401, 403 and 404 are acceptable answers
 */
record HostileRequest(Endpoint endpoint, Kind kind, String method, String target, List<String> headers, Body body,
		boolean crossOffice) {

	/** The request line and headers as bytes (ISO-8859-1: raw bytes pass through). */
	byte[] head(int port) {
		StringBuilder head = new StringBuilder();
		head.append(this.method).append(' ').append(this.target).append(" HTTP/1.1\r\n");
		boolean host = false;
		boolean length = false;
		for (String h : this.headers) {
			String lower = h.toLowerCase(java.util.Locale.ROOT);
			host |= lower.startsWith("host:");
			length |= lower.startsWith("content-length:") || lower.startsWith("transfer-encoding:");
			head.append(h).append("\r\n");
		}
		if (!host) {
			head.append("Host: 127.0.0.1:").append(port).append("\r\n");
		}
		if (!length && this.body != null) {
			head.append("Content-Length: ").append(this.body.length()).append("\r\n");
		}
		head.append("Connection: close\r\n\r\n");
		return head.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/** What the generator throws at an endpoint. */
	enum Kind {

		FORGED_API_KEY, FORGED_BASIC, OTHER_OFFICE, NO_CREDENTIALS, WRONG_METHOD, PATH_TRAVERSAL_ID, CONTROL_CHARS_ID,
		HOSTILE_QUERY, OVERSIZED_BODY, WRONG_CONTENT_TYPE, MALFORMED_JSON, WRONG_JSON_TYPES, NOSQL_OPERATORS,
		SCRIPT_IN_TEXT, SQL_IN_TEXT, HUGE_HEADERS, INVALID_RECEIPT, INVALID_PROOF_OF_WORK, MALFORMED_MULTIPART,
		HOSTILE_FILE_NAME, BROKEN_PROTOCOL, FORGED_SESSION

	}

	/** A body: bytes in memory, or a large run of filler streamed without holding it. */
	interface Body {

		long length();

		void writeTo(OutputStream out) throws IOException;

		static Body of(byte[] bytes) {
			return new Body() {
				@Override
				public long length() {
					return bytes.length;
				}

				@Override
				public void writeTo(OutputStream out) throws IOException {
					out.write(bytes);
				}
			};
		}

		static Body of(String text) {
			return of(text.getBytes(StandardCharsets.UTF_8));
		}

		/** {@code prefix}, then {@code fill} bytes of 'A', then {@code suffix}. */
		static Body streamed(byte[] prefix, long fill, byte[] suffix) {
			return new Body() {
				@Override
				public long length() {
					return prefix.length + fill + suffix.length;
				}

				@Override
				public void writeTo(OutputStream out) throws IOException {
					out.write(prefix);
					byte[] chunk = new byte[64 * 1024];
					java.util.Arrays.fill(chunk, (byte) 'A');
					long left = fill;
					while (left > 0) {
						int n = (int) Math.min(chunk.length, left);
						out.write(chunk, 0, n);
						left -= n;
					}
					out.write(suffix);
				}
			};
		}

	}

	/** Builds a multipart/form-data body part by part, with raw header bytes. */
	static final class Multipart {

		final String boundary;

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final List<String> names = new ArrayList<>();

		Multipart(String boundary) {
			this.boundary = boundary;
		}

		Multipart part(String disposition, String contentType, byte[] content) {
			write("--" + this.boundary + "\r\nContent-Disposition: " + disposition + "\r\n"
					+ ((contentType != null) ? "Content-Type: " + contentType + "\r\n" : "") + "\r\n");
			this.out.writeBytes(content);
			write("\r\n");
			this.names.add(disposition);
			return this;
		}

		Multipart json(String name, String json) {
			return part("form-data; name=\"" + name + "\"", "application/json", json.getBytes(StandardCharsets.UTF_8));
		}

		Multipart file(String fileName, String contentType, byte[] content) {
			return part("form-data; name=\"evidence\"; filename=\"" + fileName + "\"", contentType, content);
		}

		byte[] close() {
			write("--" + this.boundary + "--\r\n");
			return this.out.toByteArray();
		}

		byte[] open() {
			return this.out.toByteArray();
		}

		String contentType() {
			return "multipart/form-data; boundary=" + this.boundary;
		}

		private void write(String text) {
			// header bytes as UTF-8: browsers send file names that way
			this.out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

}
