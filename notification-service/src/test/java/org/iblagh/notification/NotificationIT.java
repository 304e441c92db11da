package org.iblagh.notification;

import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.iblagh.contracts.Category;
import org.iblagh.contracts.Place;
import org.iblagh.contracts.Priority;
import org.iblagh.contracts.ProsecutorInstruction;
import org.iblagh.contracts.ReportNotified;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.contracts.ReportTriaged;
import org.iblagh.notification.feed.AtomRules;
import org.iblagh.notification.office.security.OfficeKeyFile;
import org.iblagh.notification.referral.ReferralFixture;
import org.iblagh.notification.webhook.WebhookSignature;
import org.iblagh.support.browser.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The notification service against a real Kafka broker, MongoDB wire server and SMTP
 * server. Each test uses its own offices, so the tests do not see each other's referrals.
 */
class NotificationIT {

	static NotificationFixture fx;

	@BeforeAll
	static void start() throws Exception {
		fx = new NotificationFixture();
	}

	@AfterAll
	static void stop() throws Exception {
		// an open event stream must neither hold the graceful shutdown up (it would wait
		// its whole timeout) nor be cut: the service ends it, and the reader reconnects
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		openStream("TPI-TAZA", null, lines);
		long started = System.nanoTime();
		fx.app.close();
		long stopMillis = (System.nanoTime() - started) / 1_000_000;
		fx.close();
		assertThat(lines.poll(5, java.util.concurrent.TimeUnit.SECONDS)).startsWith(":");
		await().atMost(Duration.ofSeconds(5)).until(() -> lines.contains(STREAM_ENDED));
		assertThat(stopMillis).as("service stop with an open stream, ms").isLessThan(15_000);
	}

	@Test
	void aRoutedReportMakesOneReferralPerOfficeOnceEvenWhenReplayed() throws Exception {
		var routed = ReferralFixture.routed("R-once", Priority.P3, "TPI-SALE", "SP-SALE");
		fx.publish("report.routed.v1", routed);
		fx.publish("report.routed.v1", routed);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(referrals("TPI-SALE")).hasSize(1);
			assertThat(referrals("SP-SALE")).hasSize(1);
		});
		JsonNode referral = referrals("TPI-SALE").get(0);
		assertThat(referral.get("referralId").asString()).isEqualTo("F-TPI-SALE-R-once");
		assertThat(referral.get("evidence").get(0).get("sha256").asString()).isEqualTo("a".repeat(64));
		assertThat(referral.get("exportUrl").asString()).endsWith("/api/v1/reports/R-once/export");
		assertThat(referral.toString()).doesNotContain("reporter");

		List<ConsumerRecord<String, byte[]>> notified = fx.readTopic(NotificationFixture.topicOf(ReportNotified.class),
				Duration.ofSeconds(20), (seen) -> count(seen, "R-once") >= 2);
		assertThat(count(notified, "R-once")).isEqualTo(2);
		// both offices are told, but only the prosecutor's referral is a step of the
		// report's history
		List<ConsumerRecord<String, byte[]>> statuses = fx.readTopic(
				NotificationFixture.topicOf(ReportStatusChanged.class), Duration.ofSeconds(5),
				(seen) -> count(seen, "R-once") >= 2);
		assertThat(statuses.stream().filter((r) -> "R-once".equals(r.key())).map(this::status))
			.extracting(ReportStatusChanged::status, ReportStatusChanged::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(org.iblagh.contracts.ReportStatus.PROSECUTOR_NOTIFIED,
					"TPI-SALE"));
	}

	@Test
	void aReRoutingWithdrawsTheReferralOfTheOfficeItLeavesOutALateReplayChangesNothingAndARouteBackSendsItAgain()
			throws Exception {
		var first = ReferralFixture.routed("R-moved", Priority.P3, "TPI-GUELMIM", "DGSN-SLCNT");
		fx.publish("report.routed.v1", first);
		await().atMost(Duration.ofSeconds(20)).until(() -> referrals("TPI-GUELMIM").size() == 1);

		// a supervisor gives the report to another prosecutor's office; the police unit
		// stays
		fx.publish("report.routed.v1", ReferralFixture.overridden("R-moved", Priority.P3, "TPI-TIZNIT", "DGSN-SLCNT",
				first.occurredAt().plusSeconds(3600)));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(referrals("TPI-TIZNIT")).singleElement()
				.satisfies((r) -> assertThat(r.get("status").asString()).isEqualTo("NOTIFIED"));
			assertThat(referralStatus("F-TPI-GUELMIM-R-moved", "TPI-GUELMIM")).isEqualTo("WITHDRAWN");
		});
		assertThat(referralStatus("F-DGSN-SLCNT-R-moved", "DGSN-SLCNT")).isEqualTo("NOTIFIED");
		HttpResponse<String> answer = fx.post("/api/v1/referrals/F-TPI-GUELMIM-R-moved/acknowledge", "TPI-GUELMIM", "");
		assertThat(answer.statusCode()).isEqualTo(409);
		assertThat(fx.json.readTree(answer.body()).get("code").asString()).isEqualTo("REFERRAL_WITHDRAWN");

		// the first routing delivered again, after the second: nobody is withdrawn or
		// back
		fx.publish("report.routed.v1", first);
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.until(() -> "NOTIFIED".equals(referralStatus("F-TPI-TIZNIT-R-moved", "TPI-TIZNIT"))
					&& "WITHDRAWN".equals(referralStatus("F-TPI-GUELMIM-R-moved", "TPI-GUELMIM")));

		// a later override gives the report back to the first office: its referral is
		// sent
		// again, after what its feed has shown, and must be acknowledged anew
		String seen = fx.json.readTree(fx.get("/api/v1/offices/TPI-GUELMIM/referrals", "TPI-GUELMIM").body())
			.get("next")
			.asString();
		fx.publish("report.routed.v1", ReferralFixture.overridden("R-moved", Priority.P3, "TPI-GUELMIM", "DGSN-SLCNT",
				first.occurredAt().plusSeconds(7200)));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(referralStatus("F-TPI-GUELMIM-R-moved", "TPI-GUELMIM")).isEqualTo("NOTIFIED");
			assertThat(referralStatus("F-TPI-TIZNIT-R-moved", "TPI-TIZNIT")).isEqualTo("WITHDRAWN");
		});
		JsonNode after = fx.json
			.readTree(fx.get("/api/v1/offices/TPI-GUELMIM/referrals?since=" + seen, "TPI-GUELMIM").body());
		assertThat(after.get("referrals").findValuesAsString("referralId")).containsExactly("F-TPI-GUELMIM-R-moved");
		assertThat(fx.post("/api/v1/referrals/F-TPI-GUELMIM-R-moved/acknowledge", "TPI-GUELMIM", "").statusCode())
			.isEqualTo(200);
		assertThat(referralStatus("F-DGSN-SLCNT-R-moved", "DGSN-SLCNT")).isEqualTo("NOTIFIED");
	}

	@Test
	void theAtomFeedParsesWithAFeedLibraryAndFollowsRfc4287() throws Exception {
		fx.publish("report.routed.v1", ReferralFixture.routed("R-atom", Priority.P3, "TPI-KENITRA", "PP-KENITRA"));
		await().atMost(Duration.ofSeconds(20)).until(() -> referrals("TPI-KENITRA").size() == 1);

		HttpResponse<String> response = fx.http.send(fx.request("/feeds/TPI-KENITRA.atom", null)
			.header("Authorization", fx.basic("TPI-KENITRA"))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
		SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getEntries()).singleElement()
			.satisfies((e) -> assertThat(e.getUri()).isEqualTo("urn:iblagh:referral:F-TPI-KENITRA-R-atom"));
		assertThat(AtomRules.violations(response.body())).isEmpty();
	}

	@Test
	void anOfficeCannotReadNorAnswerAnotherOfficesReferral() throws Exception {
		fx.publish("report.routed.v1", ReferralFixture.routed("R-mine", Priority.P3, "TPI-TEMARA", "PP-RABAT"));
		await().atMost(Duration.ofSeconds(20)).until(() -> referrals("TPI-TEMARA").size() == 1);

		assertThat(fx.get("/api/v1/offices/TPI-TEMARA/referrals", "TPI-FES").statusCode()).isEqualTo(403);
		HttpResponse<String> other = fx.get("/api/v1/referrals/F-TPI-TEMARA-R-mine", "TPI-FES");
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(fx.json.readTree(other.body()).get("code").asString()).isEqualTo("FORBIDDEN_OFFICE");
		assertThat(fx.get("/feeds/TPI-TEMARA.atom", "TPI-FES").statusCode()).isEqualTo(403);
		assertThat(fx.post("/api/v1/referrals/F-TPI-TEMARA-R-mine/acknowledge", "TPI-FES", "").statusCode())
			.isEqualTo(403);
		assertThat(fx.get("/api/v1/referrals/F-TPI-TEMARA-R-mine", "TPI-TEMARA").statusCode()).isEqualTo(200);
		assertThat(fx.get("/api/v1/referrals/F-TPI-TEMARA-R-mine", null).statusCode()).isEqualTo(401);
		assertThat(fx.http.send(
				fx.request("/api/v1/offices/TPI-TEMARA/referrals", null).header("X-Api-Key", "not-a-key").GET().build(),
				HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(401);
	}

	@Test
	void theLocalKeyFileHoldsEveryOfficeWithMode0600() throws Exception {
		var file = fx.dataDir.resolve(OfficeKeyFile.NAME);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		Properties keys = new Properties();
		try (var in = Files.newInputStream(file)) {
			keys.load(in);
		}
		assertThat(keys).containsKeys("TPI-RABAT", "CA-RABAT", "DUTY", "DGSN-SLCNT");
		assertThat(keys.getProperty("TPI-RABAT")).isEqualTo(fx.keys.keyFor("TPI-RABAT"));
	}

	@Test
	void anEventStreamResumedWithLastEventIdLosesNothing() throws Exception {
		String office = "TPI-MEKNES";
		BlockingQueue<String> first = new LinkedBlockingQueue<>();
		Stream<String> firstStream = openStream(office, null, first);
		for (int i = 1; i <= 3; i++) {
			fx.publish("report.routed.v1", ReferralFixture.routed("R-sse-" + i, Priority.P3, office, "PP-MEKNES"));
		}
		List<SseEvent> received = takeEvents(first, 3);
		// three reports, three partitions: the stream follows the order they were stored
		// in
		assertThat(received).extracting(SseEvent::referralId)
			.containsExactlyInAnyOrder("F-TPI-MEKNES-R-sse-1", "F-TPI-MEKNES-R-sse-2", "F-TPI-MEKNES-R-sse-3");
		assertThat(received).extracting(SseEvent::id)
			.isSortedAccordingTo(java.util.Comparator.comparingLong(Long::parseLong));
		firstStream.close();

		for (int i = 4; i <= 6; i++) {
			fx.publish("report.routed.v1", ReferralFixture.routed("R-sse-" + i, Priority.P3, office, "PP-MEKNES"));
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> referrals(office).size() == 6);

		BlockingQueue<String> second = new LinkedBlockingQueue<>();
		Stream<String> secondStream = openStream(office, received.get(2).id(), second);
		fx.publish("report.routed.v1", ReferralFixture.routed("R-sse-7", Priority.P3, office, "PP-MEKNES"));
		List<SseEvent> resumed = takeEvents(second, 4);
		assertThat(resumed.subList(0, 3)).extracting(SseEvent::referralId)
			.containsExactlyInAnyOrder("F-TPI-MEKNES-R-sse-4", "F-TPI-MEKNES-R-sse-5", "F-TPI-MEKNES-R-sse-6");
		assertThat(resumed.get(3).referralId()).isEqualTo("F-TPI-MEKNES-R-sse-7");
		assertThat(resumed).extracting(SseEvent::id)
			.isSortedAccordingTo(java.util.Comparator.comparingLong(Long::parseLong));
		List<String> after = new java.util.ArrayList<>();
		await().pollDelay(Duration.ofMillis(300)).until(() -> true);
		second.drainTo(after);
		assertThat(after).as("no duplicate after the live event").noneMatch((line) -> line.startsWith("data:"));
		secondStream.close();
	}

	@Test
	void aWebhookFailingTwiceThenSucceedingGetsExactlyOneAcceptedSignedDelivery() throws Exception {
		String office = "TPI-AGADIR";
		AtomicInteger calls = new AtomicInteger();
		List<Delivery> deliveries = new CopyOnWriteArrayList<>();
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			int status = (calls.incrementAndGet() <= 2) ? 503 : 200;
			deliveries.add(new Delivery(status, exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body));
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		receiver.start();
		try {
			HttpResponse<String> subscribed = fx.post("/api/v1/offices/" + office + "/webhooks", office,
					"{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\"}");
			assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
			String secret = fx.json.readTree(subscribed.body()).get("secret").asString();

			fx.publish("report.routed.v1", ReferralFixture.routed("R-hook", Priority.P3, office, "PP-AGADIR"));

			await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.size() == 3);
			await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> deliveries.size() == 3);
			List<Delivery> accepted = deliveries.stream().filter((d) -> d.status() == 200).toList();
			assertThat(accepted).singleElement().satisfies((d) -> {
				assertThat(WebhookSignature.verify(secret, d.signature(), d.body())).isTrue();
				assertThat(new String(d.body(), StandardCharsets.UTF_8)).contains("F-TPI-AGADIR-R-hook");
			});
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
				JsonNode log = fx.json
					.readTree(fx.get("/api/v1/offices/" + office + "/webhook-deliveries", office).body());
				assertThat(log).hasSize(3);
				assertThat(log.findValuesAsString("accepted")).isNotNull();
			});
			// what the dashboard's webhook panel reads, scraped without credentials
			String metrics = fx.get("/actuator/prometheus", null).body();
			assertThat(metrics).contains(
					"iblagh_webhook_deliveries_total{office=\"TPI-AGADIR\",outcome=\"failure\",service=\"notification-service\"} 2.0")
				.contains(
						"iblagh_webhook_deliveries_total{office=\"TPI-AGADIR\",outcome=\"success\",service=\"notification-service\"} 1.0");
		}
		finally {
			receiver.stop(0);
		}
	}

	@Test
	void anUnacknowledgedP1EscalatesWhenItsDeadlinePasses() throws Exception {
		String office = "TPI-OUJDA";
		fx.publish("report.routed.v1", ReferralFixture.routed("R-late", Priority.P1, office, "PP-OUJDA"));
		await().atMost(Duration.ofSeconds(20)).until(() -> referrals(office).size() == 1);
		assertThat(referrals(office).get(0).get("status").asString()).isEqualTo("NOTIFIED");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> mailsTo("tpi-oujda@offices.iblagh.local").stream().anyMatch((m) -> subject(m).contains("P1")));
		// the alert says what and where to look, never what the report says
		assertThat(mailsTo("tpi-oujda@offices.iblagh.local"))
			.allSatisfy((m) -> assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(m)).contains("R-late")
				.doesNotContain("phishing"));

		fx.clock.advance(Duration.ofMinutes(61));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(referrals(office).get(0).get("status").asString()).isEqualTo("ESCALATED"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> mailsTo("supervisor@iblagh.local").stream().anyMatch((m) -> subject(m).contains(office)));
		List<ConsumerRecord<String, byte[]>> statuses = fx.readTopic(
				NotificationFixture.topicOf(ReportStatusChanged.class), Duration.ofSeconds(20),
				(seen) -> seen.stream()
					.filter((r) -> "R-late".equals(r.key()))
					.anyMatch((r) -> status(r).status() == org.iblagh.contracts.ReportStatus.ESCALATED));
		assertThat(statuses.stream().filter((r) -> "R-late".equals(r.key())).map(this::status))
			.anySatisfy((s) -> assertThat(s.status()).isEqualTo(org.iblagh.contracts.ReportStatus.ESCALATED));
	}

	@Test
	void answersArePublishedOnceAsInstructionsAndStatuses() throws Exception {
		String office = "TPI-TANGER";
		fx.publish("report.routed.v1", ReferralFixture.routed("R-answer", Priority.P3, office, "PP-TANGER"));
		await().atMost(Duration.ofSeconds(20)).until(() -> referrals(office).size() == 1);
		String path = "/api/v1/referrals/F-TPI-TANGER-R-answer";

		assertThat(fx.post(path + "/acknowledge", office, "").statusCode()).isEqualTo(200);
		assertThat(fx.post(path + "/acknowledge", office, "").statusCode()).isEqualTo(200);
		HttpResponse<String> bad = fx.post(path + "/instructions", office, "{\"decision\":\"MAYBE\"}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(fx.json.readTree(bad.body()).get("errors").findValuesAsString("field")).contains("decision", "text");
		HttpResponse<String> instructed = fx.post(path + "/instructions", office,
				"{\"decision\":\"OPEN_INVESTIGATION\",\"text\":\"Saisir la BNPJ\",\"forReporter\":false}");
		assertThat(instructed.statusCode()).as(instructed.body()).isEqualTo(200);
		assertThat(fx.json.readTree(instructed.body()).get("status").asString()).isEqualTo("INSTRUCTED");

		List<ConsumerRecord<String, byte[]>> answers = fx.readTopic(
				NotificationFixture.topicOf(ProsecutorInstruction.class), Duration.ofSeconds(20),
				(seen) -> count(seen, "R-answer") >= 2);
		List<ProsecutorInstruction> mine = answers.stream()
			.filter((r) -> "R-answer".equals(r.key()))
			.map((r) -> fx.codec.decode(r.value(), ProsecutorInstruction.class))
			.toList();
		assertThat(mine).extracting(ProsecutorInstruction::kind).containsExactly("ACKNOWLEDGED", "INSTRUCTED");
		assertThat(mine.get(1).decision()).isEqualTo("OPEN_INVESTIGATION");
	}

	@Test
	void aP1AssessmentReachesTheDutyFeedAtOnce() throws Exception {
		fx.publish("report.triaged.v1", new ReportTriaged("ev-duty", Instant.now(), "R-duty", 1, Category.TERRORISM,
				0.95, Priority.P1, 97, "Menace d'attentat imminente", Instant.now(), new Place("Fès", null), "fr"));
		fx.publish("report.triaged.v1", new ReportTriaged("ev-low", Instant.now(), "R-low", 1, Category.OTHER, 0.5,
				Priority.P4, 10, "Rien d'urgent", Instant.now(), null, "fr"));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(referrals("DUTY")).extracting((r) -> r.get("reportId").asString())
				.contains("R-duty")
				.doesNotContain("R-low"));
	}

	@Test
	void anOfficeSignsInAndAcknowledgesOnItsPageInABrowser() throws Exception {
		String office = "TPI-SAFI";
		fx.publish("report.routed.v1", ReferralFixture.routed("R-page", Priority.P3, office, "SP-SAFI"));
		await().atMost(Duration.ofSeconds(20)).until(() -> referrals(office).size() == 1);
		WebDriver browser = HeadlessChromium.start();
		try {
			browser.get(fx.base() + "/office/login?lang=fr");
			browser.findElement(By.id("officeId")).sendKeys(office);
			browser.findElement(By.id("key")).sendKeys("wrong");
			HeadlessChromium.clickThrough(browser, By.id("login"));
			assertThat(browser.findElements(By.id("login-error"))).isNotEmpty();
			browser.findElement(By.id("officeId")).sendKeys(office);
			browser.findElement(By.id("key")).sendKeys(fx.keys.keyFor(office));
			HeadlessChromium.clickThrough(browser, By.id("login"));
			assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
			WebElement row = browser.findElement(By.id("F-TPI-SAFI-R-page"));
			assertThat(row.findElement(By.className("status")).getText()).isEqualTo("محالة");
			HeadlessChromium.clickThrough(browser, By.cssSelector("#F-TPI-SAFI-R-page .acknowledge"));
			assertThat(browser.findElement(By.id("F-TPI-SAFI-R-page")).findElement(By.className("status")).getText())
				.isEqualTo("تم التوصل");
			browser.get(fx.base() + "/office?lang=fr");
			assertThat(browser.findElement(By.id("F-TPI-SAFI-R-page")).findElement(By.className("status")).getText())
				.isEqualTo("Reçu");
		}
		finally {
			browser.quit();
		}
		assertThat(referrals(office).get(0).get("status").asString()).isEqualTo("ACKNOWLEDGED");
	}

	@Test
	void aDeliveryThatKeepsFailingIsParkedAndAnOperatorReplaysIt() throws Exception {
		String office = "TPI-LARACHE";
		AtomicInteger failUntil = new AtomicInteger(Integer.MAX_VALUE);
		AtomicInteger calls = new AtomicInteger();
		List<Delivery> accepted = new CopyOnWriteArrayList<>();
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			int status = (calls.incrementAndGet() <= failUntil.get()) ? 500 : 204;
			if (status == 204) {
				accepted
					.add(new Delivery(status, exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body));
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		receiver.start();
		try {
			assertThat(fx
				.post("/api/v1/offices/" + office + "/webhooks", office,
						"{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\"}")
				.statusCode()).isEqualTo(201);
			fx.publish("report.routed.v1", ReferralFixture.routed("R-parked", Priority.P3, office, "PP-TANGER"));
			String deliveryId = await().atMost(Duration.ofSeconds(20)).until(() -> {
				JsonNode letters = fx.json.readTree(supervisor("/api/v1/webhooks/dead-letters").body());
				for (JsonNode letter : letters) {
					if ("F-TPI-LARACHE-R-parked".equals(letter.get("referralId").asString())) {
						return letter.get("deliveryId").asString();
					}
				}
				return null;
			}, java.util.Objects::nonNull);
			assertThat(calls.get()).isEqualTo(5);
			assertThat(fx.get("/api/v1/webhooks/dead-letters", office).statusCode()).isEqualTo(403);

			failUntil.set(0);
			HttpResponse<String> replay = fx.http
				.send(fx.request("/api/v1/webhooks/dead-letters/" + deliveryId + "/replay", null)
					.header("Authorization", supervisorAuth())
					.POST(java.net.http.HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(replay.statusCode()).isEqualTo(202);
			await().atMost(Duration.ofSeconds(10)).until(() -> accepted.size() == 1);
			assertThat(new String(accepted.get(0).body(), StandardCharsets.UTF_8)).contains("F-TPI-LARACHE-R-parked");
			JsonNode waiting = fx.json.readTree(supervisor("/api/v1/webhooks/dead-letters").body());
			assertThat(waiting.findValuesAsString("deliveryId")).doesNotContain(deliveryId);
		}
		finally {
			receiver.stop(0);
		}
	}

	@Test
	void aMalformedEventGoesToTheDeadLetterTopicAloneAndTheRestOfItsPollIsHandledOnce() throws Exception {
		// one key, one partition: the poison, a routing and its replay most likely share
		// a poll of the batch binding; a later report on the same partition is handled
		// after all three
		String sentinel;
		try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, byte[]>(
				java.util.Map.of("bootstrap.servers", NotificationFixture.PORTS.kafkaBootstrap()),
				new org.apache.kafka.common.serialization.StringSerializer(),
				new org.apache.kafka.common.serialization.ByteArraySerializer())) {
			sentinel = keyOnThePartitionOf("R-after-poison", producer.partitionsFor("report.routed.v1").size());
			producer
				.send(new org.apache.kafka.clients.producer.ProducerRecord<>("report.routed.v1", "R-after-poison",
						"{not json".getBytes(StandardCharsets.UTF_8)))
				.get();
		}
		var routed = ReferralFixture.routed("R-after-poison", Priority.P4, "TPI-KHEMISSET", "GR");
		fx.publish("report.routed.v1", routed);
		fx.publish("report.routed.v1", routed);
		fx.publish("report.routed.v1", ReferralFixture.routed(sentinel, Priority.P4, "TPI-KHEMISSET", "GR"));
		List<ConsumerRecord<String, byte[]>> dead = fx.readTopic("error.report.routed.v1.notification-service",
				Duration.ofSeconds(30), (seen) -> count(seen, "R-after-poison") >= 1);
		assertThat(dead.stream().filter((r) -> "R-after-poison".equals(r.key()))).singleElement()
			.satisfies((r) -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{not json"));
		await().atMost(Duration.ofSeconds(20)).until(() -> reportIds(referrals("TPI-KHEMISSET")).contains(sentinel));
		assertThat(reportIds(referrals("TPI-KHEMISSET"))).containsOnlyOnce("R-after-poison");
	}

	/** A report id the default partitioner puts on the same partition as {@code key}. */
	private static String keyOnThePartitionOf(String key, int partitions) {
		int wanted = partition(key, partitions);
		for (int i = 0;; i++) {
			String candidate = "R-sentinel-" + i;
			if (partition(candidate, partitions) == wanted) {
				return candidate;
			}
		}
	}

	private static int partition(String key, int partitions) {
		byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
		return org.apache.kafka.common.utils.Utils.toPositive(org.apache.kafka.common.utils.Utils.murmur2(bytes))
				% partitions;
	}

	private static List<String> reportIds(List<JsonNode> referrals) {
		return referrals.stream().map((r) -> r.get("reportId").asString()).toList();
	}

	@Test
	void theDailyDigestMailsEachOfficeItsReferrals() throws Exception {
		fx.publish("report.routed.v1", ReferralFixture.routed("R-digest", Priority.P4, "TPI-ESSAOUIRA", "GR"));
		await().atMost(Duration.ofSeconds(20)).until(() -> referrals("TPI-ESSAOUIRA").size() == 1);
		int sent = fx.app.getBean(org.iblagh.notification.mail.OfficeMailer.class).sendDigest();
		assertThat(sent).isPositive();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(mailsTo("tpi-essaouira@offices.iblagh.local")).anySatisfy((m) -> {
				assertThat(subject(m)).contains("Récapitulatif");
				assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(m)).contains("R-digest");
			}));
		assertThat(mailsTo("tpi-essaouira@offices.iblagh.local")).noneMatch((m) -> subject(m).contains("P4"));
	}

	private static HttpResponse<String> supervisor(String path) throws Exception {
		return fx.http.send(fx.request(path, null).header("Authorization", supervisorAuth()).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String supervisorAuth() {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString("supervisor:supervisor".getBytes(StandardCharsets.UTF_8));
	}

	private static String referralStatus(String referralId, String office) throws Exception {
		HttpResponse<String> response = fx.get("/api/v1/referrals/" + referralId, office);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return fx.json.readTree(response.body()).get("status").asString();
	}

	private static List<JsonNode> referrals(String office) throws Exception {
		HttpResponse<String> response = fx.get("/api/v1/offices/" + office + "/referrals", office);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode page = fx.json.readTree(response.body());
		List<JsonNode> list = new java.util.ArrayList<>();
		page.get("referrals").forEach(list::add);
		return list;
	}

	private ReportStatusChanged status(ConsumerRecord<String, byte[]> record) {
		return fx.codec.decode(record.value(), ReportStatusChanged.class);
	}

	private static long count(List<ConsumerRecord<String, byte[]>> records, String key) {
		return records.stream().filter((r) -> key.equals(r.key())).count();
	}

	private static List<MimeMessage> mailsTo(String address) throws Exception {
		List<MimeMessage> found = new java.util.ArrayList<>();
		for (MimeMessage m : fx.mail.getReceivedMessages()) {
			if (java.util.Arrays.stream(m.getAllRecipients()).anyMatch((a) -> a.toString().equals(address))) {
				found.add(m);
			}
		}
		return found;
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final String STREAM_ENDED = "<the service ended the stream>";

	private static Stream<String> openStream(String office, String lastEventId, BlockingQueue<String> lines)
			throws Exception {
		var request = fx.request("/api/v1/offices/" + office + "/stream", null)
			.timeout(Duration.ofSeconds(15))
			.header("Authorization", fx.basic(office))
			.header("Accept", "text/event-stream");
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		HttpResponse<Stream<String>> response = fx.http.send(request.GET().build(),
				HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		Stream<String> body = response.body();
		Thread reader = new Thread(() -> {
			try {
				body.forEach(lines::add);
				lines.add(STREAM_ENDED);
			}
			catch (RuntimeException ex) {
				// closed by the test: the reader disconnects
			}
		}, "sse-test-reader");
		reader.setDaemon(true);
		reader.start();
		return body;
	}

	private static List<SseEvent> takeEvents(BlockingQueue<String> lines, int count) throws Exception {
		List<SseEvent> events = new java.util.ArrayList<>();
		String id = null;
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (events.size() < count && System.nanoTime() < deadline) {
			String line = lines.poll(200, TimeUnit.MILLISECONDS);
			if (line == null) {
				continue;
			}
			if (line.startsWith("id:")) {
				id = line.substring(3).trim();
			}
			else if (line.startsWith("data:")) {
				JsonNode data = fx.json.readTree(line.substring(5).trim());
				events.add(new SseEvent(id, data.get("referralId").asString()));
			}
		}
		assertThat(events).hasSize(count);
		return events;
	}

	record SseEvent(String id, String referralId) {
	}

	record Delivery(int status, String signature, byte[] body) {
	}

}
