package org.iblagh.local.mongo;

import java.nio.ByteBuffer;
import java.util.Objects;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Stores documents as BSON. The H2 backend's default type stores them with Java
 * serialization, which took most of the embedded database's time under load: every page
 * written or read back ran an ObjectOutputStream or ObjectInputStream over each document.
 * BSON is what the wire protocol carries, so every value a client can store round-trips.
 */
final class BsonDocumentType extends BasicDataType<Document> {

	static final BsonDocumentType INSTANCE = new BsonDocumentType();

	private BsonDocumentType() {
	}

	@Override
	public int getMemory(Document document) {
		// an estimate for the page cache: decoded documents take roughly twice their BSON
		// size
		return 2 * BsonWriter.encodedLength(document) + 64;
	}

	@Override
	public void write(WriteBuffer buffer, Document document) {
		BsonWriter.encodeInto(document, (bytes, length) -> buffer.putVarInt(length).put(bytes, 0, length));
	}

	@Override
	public Document read(ByteBuffer buffer) {
		int length = DataUtils.readVarInt(buffer);
		ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice(buffer.position(), length));
		buffer.position(buffer.position() + length);
		return BsonDecoder.decodeBson(bson);
	}

	/**
	 * Values of a map are compared only to test equality (conditional replace), never
	 * ordered.
	 */
	@Override
	public int compare(Document a, Document b) {
		return Objects.equals(a, b) ? 0 : 1;
	}

	@Override
	public Document[] createStorage(int size) {
		return new Document[size];
	}

}
