package org.iblagh.evidence.item;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.iblagh.evidence.pdq.PdqBands;
import org.iblagh.local.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Items stored before PDQ band keys existed get them at the first start, on a real
 * MongoDB wire server; later starts do not look again.
 */
class PdqBandsMigrationTest {

	private static final String PDQ = "f".repeat(32) + "0".repeat(32);

	private static EmbeddedMongo server;

	private static MongoClient client;

	@BeforeAll
	static void start() throws Exception {
		server = EmbeddedMongo.startedOnFreePort(Path.of("target"), "pdq-migration");
		client = MongoClients.create(server.uri());
	}

	@AfterAll
	static void stop() {
		client.close();
		server.close();
	}

	@Test
	void olderItemsGetTheirBandKeysOnceAndLaterStartsSkipTheSearch() {
		MongoTemplate mongo = new MongoTemplate(client, "pdq-migration");
		MongoCollection<Document> items = mongo.getCollection(ItemStore.COLLECTION);
		items.insertOne(new Document("_id", "E-old").append("reportId", "R-1").append("pdq", PDQ));
		items.insertOne(new Document("_id", "E-no-picture").append("reportId", "R-1"));

		new ItemStore(mongo).createIndexes();

		assertThat(items.find(Filters.eq("_id", "E-old")).first().getList("pdqBands", String.class))
			.containsExactlyElementsOf(PdqBands.of(PDQ));
		assertThat(items.find(Filters.eq("_id", "E-no-picture")).first()).doesNotContainKey("pdqBands");
		assertThat(mongo.getCollection(ItemStore.MIGRATIONS)
			.find(Filters.eq("_id", ItemStore.PDQ_BANDS_MIGRATION))
			.first()).containsKey("doneAt");

		// done once: an item without keys found later is not touched by another start
		items.insertOne(new Document("_id", "E-later").append("reportId", "R-2").append("pdq", PDQ));
		new ItemStore(mongo).createIndexes();
		assertThat(items.find(Filters.eq("_id", "E-later")).first()).doesNotContainKey("pdqBands");
	}

}
