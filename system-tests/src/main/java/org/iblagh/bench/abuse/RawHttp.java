package org.iblagh.bench.abuse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A deliberately naive HTTP/1.1 client over a plain socket. The hostile requests need
 * what {@code java.net.http} refuses to send (control characters and raw bytes in the
 * request line and headers, a Content-Length that lies, restricted headers, bodies that
 * stop half-way) and a source address of their own (Java 17's HttpClient cannot bind
 * one): the abuse run comes from another loopback address, so the intake's per-client
 * limits that it trips never throttle the legitimate clients on 127.0.0.1.
 */
final class RawHttp {

	/** How much of a response body is kept: enough to check what leaked. */
	static final int KEEP = 64 * 1024;

	private final InetAddress source;

	private final int readTimeoutMillis;

	RawHttp(InetAddress source, int readTimeoutMillis) {
		this.source = source;
		this.readTimeoutMillis = readTimeoutMillis;
	}

	/**
	 * Sends the request head and body as given (the caller writes every header, including
	 * Host and Content-Length), then reads the status line, the headers and the start of
	 * the body.
	 */
	Response send(int port, byte[] head, HostileRequest.Body body) {
		long started = System.nanoTime();
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(this.source, 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
			socket.setSoTimeout(this.readTimeoutMillis);
			String writeError = null;
			try {
				OutputStream out = socket.getOutputStream();
				out.write(head);
				if (body != null) {
					body.writeTo(out);
				}
				out.flush();
			}
			catch (IOException ex) {
				// a server may answer and close before reading an oversized body: read
				// what it said anyway
				writeError = ex.getClass().getSimpleName();
			}
			Response response = read(socket.getInputStream());
			if (response.status() == 0 && writeError != null) {
				return new Response(0, Map.of(), "connection closed while sending (" + writeError + ")",
						System.nanoTime() - started);
			}
			return new Response(response.status(), response.headers(), response.body(), System.nanoTime() - started);
		}
		catch (IOException ex) {
			return new Response(0, Map.of(), "no answer: " + ex.getClass().getSimpleName() + " " + ex.getMessage(),
					System.nanoTime() - started);
		}
	}

	private static Response read(InputStream in) throws IOException {
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int headEnd = -1;
		try {
			int n;
			while ((n = in.read(buffer)) > 0) {
				raw.write(buffer, 0, n);
				byte[] soFar = raw.toByteArray();
				if (headEnd < 0) {
					headEnd = indexOf(soFar, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				if (headEnd >= 0) {
					String head = new String(soFar, 0, headEnd, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
					// an event stream never ends: its head and first event are enough
					if (head.contains("text/event-stream") && soFar.length > headEnd + 4) {
						break;
					}
					if (soFar.length - headEnd > KEEP) {
						break;
					}
					int length = contentLength(head);
					if (length >= 0 && soFar.length >= headEnd + 4 + length) {
						break;
					}
					if (head.contains("transfer-encoding: chunked") && endsWith(soFar, "0\r\n\r\n")) {
						break;
					}
				}
			}
		}
		catch (SocketTimeoutException ex) {
			// what arrived is what we judge
		}
		catch (IOException ex) {
			if (raw.size() == 0) {
				throw ex;
			}
		}
		byte[] all = raw.toByteArray();
		if (all.length < 12 || !new String(all, 0, 5, StandardCharsets.ISO_8859_1).equals("HTTP/")) {
			return new Response(0, Map.of(), "no HTTP answer (" + all.length + " bytes)", 0);
		}
		int end = (headEnd >= 0) ? headEnd : all.length;
		String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
		int status;
		try {
			status = Integer.parseInt(lines[0].split(" ")[1]);
		}
		catch (RuntimeException ex) {
			return new Response(0, Map.of(), "unreadable status line", 0);
		}
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
			}
		}
		String body = (headEnd >= 0 && all.length > headEnd + 4)
				? new String(all, headEnd + 4, Math.min(KEEP, all.length - headEnd - 4), StandardCharsets.UTF_8) : "";
		return new Response(status, headers, body, 0);
	}

	private static int contentLength(String lowerHead) {
		int at = lowerHead.indexOf("\r\ncontent-length:");
		if (at < 0) {
			return -1;
		}
		int start = at + "\r\ncontent-length:".length();
		int end = lowerHead.indexOf("\r\n", start);
		try {
			return Integer.parseInt(lowerHead.substring(start, (end < 0) ? lowerHead.length() : end).trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static boolean endsWith(byte[] data, String suffix) {
		byte[] s = suffix.getBytes(StandardCharsets.US_ASCII);
		if (data.length < s.length) {
			return false;
		}
		for (int i = 0; i < s.length; i++) {
			if (data[data.length - s.length + i] != s[i]) {
				return false;
			}
		}
		return true;
	}

	static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** A status of 0 means no HTTP answer at all (the connection was closed). */
	record Response(int status, Map<String, String> headers, String body, long nanos) {

		String head(int chars) {
			String flat = this.body.replaceAll("[\\r\\n\\t]+", " ");
			return (flat.length() > chars) ? flat.substring(0, chars) + "…" : flat;
		}

	}

}
