package org.iblagh.local.mongo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Writes a document as BSON into a plain byte array, byte for byte what
 * mongo-java-server's {@link BsonEncoder} writes (the type of every value is its
 * {@code determineType}). That encoder goes through a Netty buffer, whose bounds and
 * reference-count checks on every byte were half of the database's page-writing thread
 * under load, and it copies each array into a new document with keys "0", "1", ... first.
 * Rare value types are still left to it. Every stored document is encoded each time its
 * page is written, so this is on the embedded database's hot path.
 */
final class BsonWriter {

	/** A thread's writer is kept unless a very large document made it grow past this. */
	private static final int KEPT_CAPACITY = 1 << 20;

	private static final ThreadLocal<BsonWriter> PER_THREAD = ThreadLocal.withInitial(BsonWriter::new);

	private static final byte[][] INDEX_KEYS = new byte[1000][];

	static {
		for (int i = 0; i < INDEX_KEYS.length; i++) {
			INDEX_KEYS[i] = String.valueOf(i).getBytes(StandardCharsets.US_ASCII);
		}
	}

	private byte[] bytes = new byte[4096];

	private int length;

	private BsonWriter() {
	}

	/**
	 * Encodes the document into this thread's writer and hands its bytes to {@code sink}
	 * before the writer is reused (no copy).
	 */
	static void encodeInto(Map<String, ?> document, Sink sink) {
		BsonWriter writer = PER_THREAD.get();
		try {
			writer.start(document);
			sink.accept(writer.bytes, writer.length);
		}
		finally {
			writer.release();
		}
	}

	/** The length of the document's BSON. */
	static int encodedLength(Map<String, ?> document) {
		BsonWriter writer = PER_THREAD.get();
		try {
			writer.start(document);
			return writer.length;
		}
		finally {
			writer.release();
		}
	}

	private void start(Map<String, ?> document) {
		this.length = 0;
		document(document);
	}

	private void release() {
		if (this.bytes.length > KEPT_CAPACITY) {
			this.bytes = new byte[4096];
		}
	}

	private void document(Map<String, ?> document) {
		int start = this.length;
		int32(0);
		// entries in the map's order, as the server's encoder (keys, then a lookup each)
		for (Map.Entry<String, ?> field : document.entrySet()) {
			Object value = field.getValue();
			byte type = BsonEncoder.determineType(value);
			byte1(type);
			cString(field.getKey());
			value(type, value);
		}
		byte1(BsonConstants.TERMINATING_BYTE);
		patchInt32(start, this.length - start);
	}

	private void array(Collection<?> elements) {
		int start = this.length;
		int32(0);
		int index = 0;
		for (Object element : elements) {
			byte type = BsonEncoder.determineType(element);
			byte1(type);
			if (index < INDEX_KEYS.length) {
				bytes(INDEX_KEYS[index]);
				byte1(BsonConstants.STRING_TERMINATION);
			}
			else {
				cString(String.valueOf(index));
			}
			value(type, element);
			index++;
		}
		byte1(BsonConstants.TERMINATING_BYTE);
		patchInt32(start, this.length - start);
	}

	/**
	 * The common types are written here; the rare ones (Decimal128, binary data, UUIDs,
	 * timestamps, regular expressions, keys, code) by the server's own encoder, so their
	 * bytes cannot differ.
	 */
	@SuppressWarnings("unchecked")
	private void value(byte type, Object value) {
		switch (type) {
			case BsonConstants.TYPE_DOUBLE -> int64(Double.doubleToRawLongBits((Double) value));
			case BsonConstants.TYPE_UTF8_STRING -> string(value.toString());
			case BsonConstants.TYPE_EMBEDDED_DOCUMENT -> document((Map<String, ?>) value);
			case BsonConstants.TYPE_ARRAY -> array((Collection<?>) value);
			case BsonConstants.TYPE_OBJECT_ID -> {
				byte[] id = ((ObjectId) value).toByteArray();
				if (id.length != BsonConstants.LENGTH_OBJECTID) {
					throw new IllegalArgumentException("Illegal ObjectId: " + value);
				}
				bytes(id);
			}
			case BsonConstants.TYPE_BOOLEAN ->
				byte1(((Boolean) value) ? BsonConstants.BOOLEAN_VALUE_TRUE : BsonConstants.BOOLEAN_VALUE_FALSE);
			case BsonConstants.TYPE_UTC_DATETIME -> int64(((Instant) value).toEpochMilli());
			case BsonConstants.TYPE_INT32 -> int32((Integer) value);
			case BsonConstants.TYPE_INT64 -> int64((Long) value);
			case BsonConstants.TYPE_NULL -> {
				// no value bytes
			}
			default -> {
				ByteBuf buffer = Unpooled.buffer(32);
				BsonEncoder.encodeValue(type, value, buffer);
				byte[] encoded = new byte[buffer.readableBytes()];
				buffer.readBytes(encoded);
				bytes(encoded);
			}
		}
	}

	private void string(String text) {
		int start = this.length;
		int32(0);
		utf8(text);
		byte1(BsonConstants.STRING_TERMINATION);
		// the length counts the terminating zero, not itself
		patchInt32(start, this.length - start - 4);
	}

	private void cString(String text) {
		utf8(text);
		byte1(BsonConstants.STRING_TERMINATION);
	}

	private void utf8(String text) {
		// the JDK copies a compact (Latin-1) ASCII string in one intrinsic step, faster
		// than a loop over its characters here
		bytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private void bytes(byte[] data) {
		ensure(data.length);
		System.arraycopy(data, 0, this.bytes, this.length, data.length);
		this.length += data.length;
	}

	private void byte1(byte b) {
		ensure(1);
		this.bytes[this.length++] = b;
	}

	private void int32(int v) {
		ensure(4);
		putInt32(this.length, v);
		this.length += 4;
	}

	private void patchInt32(int at, int v) {
		putInt32(at, v);
	}

	private void putInt32(int at, int v) {
		byte[] out = this.bytes;
		out[at] = (byte) v;
		out[at + 1] = (byte) (v >>> 8);
		out[at + 2] = (byte) (v >>> 16);
		out[at + 3] = (byte) (v >>> 24);
	}

	private void int64(long v) {
		ensure(8);
		byte[] out = this.bytes;
		int at = this.length;
		for (int i = 0; i < 8; i++) {
			out[at + i] = (byte) (v >>> (8 * i));
		}
		this.length += 8;
	}

	private void ensure(int more) {
		if (this.length + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
		}
	}

	@FunctionalInterface
	interface Sink {

		void accept(byte[] bytes, int length);

	}

}
