package org.iblagh.local.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database's own BSON writer must write exactly the bytes of
 * mongo-java-server's encoder: stored files are read back by its decoder, and a data
 * folder written before the change must read the same.
 */
class BsonWriterTest {

	@Test
	void writesEveryValueTypeAsTheServersEncoderDoes() {
		Document document = new Document("_id", new ObjectId()).append("ascii", "report R-1")
			.append("arabic", "بلاغ عن احتيال — «signalement» ✓ 🚨")
			.append("lonelySurrogate", "a\uD800b")
			.append("empty", "")
			.append("int", -42)
			.append("long", 1L << 40)
			.append("double", -0.1)
			.append("decimal", new Decimal128(7, 9))
			.append("date", Instant.parse("2026-11-29T07:15:30.123Z"))
			.append("true", true)
			.append("false", false)
			.append("null", null)
			.append("bytes", new BinData(new byte[] { 0, 1, 2, (byte) 255 }))
			.append("uuid", UUID.randomUUID())
			.append("legacyUuid", new LegacyUUID(UUID.randomUUID()))
			.append("regex", new BsonRegularExpression("^R-[0-9]+$", "i"))
			.append("timestamp", new BsonTimestamp(123456789L))
			.append("code", new BsonJavaScript("function () { return 1; }"))
			.append("min", MinKey.getInstance())
			.append("max", MaxKey.getInstance())
			.append("set", new LinkedHashSet<>(List.of(3, 1, 2)))
			.append("nested", new Document("history", List.of(new Document("status", "SUBMITTED"), List.of(), 1.5)))
			.append("emptyDocument", new Document());
		assertThat(written(document)).isEqualTo(serversBytes(document));
	}

	@Test
	void writesLongArraysAndRandomDocumentsAsTheServersEncoderDoes() {
		List<Object> longArray = new ArrayList<>();
		for (int i = 0; i < 1500; i++) {
			longArray.add(i);
		}
		Document withLongArray = new Document("values", longArray);
		assertThat(written(withLongArray)).isEqualTo(serversBytes(withLongArray));
		Random random = new Random(20261129);
		for (int i = 0; i < 500; i++) {
			Document document = randomDocument(random, 3);
			byte[] bytes = written(document);
			assertThat(bytes).isEqualTo(serversBytes(document));
			assertThat(BsonWriter.encodedLength(document)).isEqualTo(bytes.length);
			assertThat(BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes))).isEqualTo(document);
		}
	}

	@Test
	void aValueTheEncoderDoesNotKnowIsRefused() {
		assertThatThrownBy(() -> written(new Document("x", new Object()))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aThreadsWriterIsReusedAfterALargeDocument() {
		char[] large = new char[3 << 20];
		Arrays.fill(large, 'x');
		Document big = new Document("text", new String(large));
		Document small = new Document("a", 1);
		assertThat(written(big)).isEqualTo(serversBytes(big));
		assertThat(written(small)).isEqualTo(serversBytes(small));
	}

	private static byte[] written(Document document) {
		byte[][] out = new byte[1][];
		BsonWriter.encodeInto(document, (bytes, length) -> out[0] = Arrays.copyOf(bytes, length));
		return out[0];
	}

	private static byte[] serversBytes(Document document) {
		ByteBuf buffer = Unpooled.buffer();
		BsonEncoder.encodeDocument(document, buffer);
		byte[] bytes = new byte[buffer.readableBytes()];
		buffer.readBytes(bytes);
		return bytes;
	}

	private static Document randomDocument(Random random, int depth) {
		Document document = new Document();
		int fields = random.nextInt(8);
		for (int i = 0; i < fields; i++) {
			document.put(randomText(random, 1 + random.nextInt(12)), randomValue(random, depth));
		}
		return document;
	}

	private static Object randomValue(Random random, int depth) {
		int kind = random.nextInt((depth > 0) ? 9 : 7);
		return switch (kind) {
			case 0 -> random.nextInt();
			case 1 -> random.nextLong();
			case 2 -> random.nextDouble();
			case 3 -> randomText(random, random.nextInt(40));
			case 4 -> random.nextBoolean();
			case 5 -> Instant.ofEpochMilli(random.nextLong() >> 20);
			case 6 -> null;
			case 7 -> randomDocument(random, depth - 1);
			default -> {
				List<Object> list = new ArrayList<>();
				int n = random.nextInt(6);
				for (int i = 0; i < n; i++) {
					list.add(randomValue(random, depth - 1));
				}
				yield list;
			}
		};
	}

	private static String randomText(Random random, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int pick = random.nextInt(10);
			if (pick < 6) {
				text.append((char) ('a' + random.nextInt(26)));
			}
			else if (pick < 8) {
				text.append((char) (0x0621 + random.nextInt(40)));
			}
			else if (pick < 9) {
				text.appendCodePoint(0x1F300 + random.nextInt(200));
			}
			else {
				text.append((char) (0x20 + random.nextInt(0x60)));
			}
		}
		return text.toString();
	}

}
