package org.iblagh.evidence.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClients;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import org.iblagh.contracts.SubmittedEvidence;
import org.iblagh.evidence.hashing.DigestingInputStream;
import org.iblagh.evidence.hashing.Digests;
import org.iblagh.evidence.item.CustodyLog;
import org.iblagh.evidence.item.EvidenceItem;
import org.iblagh.evidence.item.ItemStore;
import org.iblagh.evidence.pdq.PdqHasher;
import org.iblagh.evidence.pdq.PdqImageReader;
import org.iblagh.evidence.pdq.PictureFixture;
import org.iblagh.evidence.securing.FileSecurer;
import org.iblagh.evidence.securing.HashLists;
import org.iblagh.evidence.storage.EvidenceStore;
import org.iblagh.evidence.storage.S3Properties;
import org.iblagh.local.EmbeddedMongo;
import org.iblagh.local.EmbeddedS3;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Measures what issue 4 asks (not part of the test run):
 * <ul>
 * <li>{@code hash <file>}: SHA-256 + MD5 throughput of the streaming digests against
 * {@code sha256sum} on the same file;</li>
 * <li>{@code pdq}: decoding + PDQ of a 12-megapixel JPEG;</li>
 * <li>{@code secure <MiB>}: securing one large object end to end (S3 copy while hashing,
 * custody, item) on the embedded S3 and MongoDB servers, sampling heap use.</li>
 * </ul>
 * See docs/benchmarks/evidence.md for the commands.
 */
public final class EvidenceBenchmark {

	private EvidenceBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "hash" -> hash(Path.of(args[1]));
			case "pdq" -> pdq();
			case "secure" -> secure(Long.parseLong(args[1]));
			case "infra" -> infra(Path.of(args[1]));
			default -> throw new IllegalArgumentException("hash <file> | pdq | secure <MiB>");
		}
	}

	private static void hash(Path file) throws Exception {
		long size = Files.size(file);
		double best = 0;
		Digests digests = null;
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			try (InputStream in = Files.newInputStream(file)) {
				digests = DigestingInputStream.of(in);
			}
			best = Math.max(best, size / 1048576.0 / ((System.nanoTime() - start) / 1e9));
		}
		double sha256sum = 0;
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			Process p = new ProcessBuilder("sha256sum", file.toString()).redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes());
			p.waitFor();
			sha256sum = Math.max(sha256sum, size / 1048576.0 / ((System.nanoTime() - start) / 1e9));
			if (!out.startsWith(digests.sha256())) {
				throw new IllegalStateException("sha256sum disagrees: " + out);
			}
		}
		System.out.printf(
				"file %d MiB%nDigestingInputStream (SHA-256 + MD5, one pass): %.0f MiB/s%n"
						+ "sha256sum: %.0f MiB/s%nratio: %.0f%%%n",
				size >> 20, best, sha256sum, 100 * best / sha256sum);
	}

	private static void pdq() throws Exception {
		byte[] jpeg = PictureFixture.jpeg(PictureFixture.picture(12, 4000, 3000), 0.9f);
		PdqImageReader reader = new PdqImageReader();
		PdqHasher hasher = new PdqHasher();
		List<Long> times = new ArrayList<>();
		List<Long> cpuTimes = new ArrayList<>();
		List<Long> hashOnly = new ArrayList<>();
		var threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < 25; i++) {
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			PdqImageReader.DecodedImage decoded = reader.read(new ByteArrayInputStream(jpeg));
			long decodedAt = threads.getCurrentThreadCpuTime();
			hasher.hash(decoded.image());
			if (i >= 5) {
				times.add((System.nanoTime() - start) / 1_000_000);
				cpuTimes.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
				hashOnly.add((threads.getCurrentThreadCpuTime() - decodedAt) / 1_000_000);
			}
		}
		Collections.sort(times);
		Collections.sort(cpuTimes);
		Collections.sort(hashOnly);
		System.out.printf(
				"12 MP JPEG (4000x3000, %d KiB): decode (subsampled) + PDQ wall median %d ms (max %d); "
						+ "CPU median %d ms (max %d), of which PDQ itself %d ms; load average %s%n",
				jpeg.length >> 10, times.get(times.size() / 2), times.get(times.size() - 1),
				cpuTimes.get(cpuTimes.size() / 2), cpuTimes.get(cpuTimes.size() - 1), hashOnly.get(hashOnly.size() / 2),
				Files.readString(Path.of("/proc/loadavg")).strip());
	}

	private static void secure(long mebibytes) throws Exception {
		Path dir = Files.createTempDirectory("evidence-bench");
		// the S3 and MongoDB servers run in their own JVM: only the service's heap is
		// measured
		Process infra = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + dir, EvidenceBenchmark.class.getName(),
				"infra", dir.toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("infra.log").toFile())
			.start();
		try {
			while (!Files.readString(dir.resolve("infra.log")).contains("INFRA READY")) {
				if (!infra.isAlive()) {
					throw new IllegalStateException("infrastructure did not start");
				}
				Thread.sleep(200);
			}
			MinioClient minio = MinioClient.builder()
				.endpoint("http://127.0.0.1:9700")
				.credentials(EmbeddedS3.LOCAL_ACCESS_KEY, EmbeddedS3.LOCAL_SECRET_KEY)
				.region("us-east-1")
				.build();
			long size = mebibytes << 20;
			minio.putObject(PutObjectArgs.builder()
				.bucket("evidence-incoming")
				.object("r-1/e-1")
				.stream(new PseudoRandomStream(size), size, 16L << 20)
				.build());
			MongoTemplate template = new MongoTemplate(MongoClients.create("mongodb://127.0.0.1:27700"), "bench");
			Clock clock = Clock.systemUTC();
			EvidenceStore store = new EvidenceStore(minio, new S3Properties(null, null, null, null, null),
					CircuitBreaker.ofDefaults("s3"), Retry.ofDefaults("s3"), clock);
			FileSecurer securer = new FileSecurer(store, new ItemStore(template), new CustodyLog(template, clock),
					new HashLists(null, 31), 31, Duration.ofDays(1), clock);
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			System.gc();
			long baseline = memory.getHeapMemoryUsage().getUsed();
			AtomicLong peak = new AtomicLong(baseline);
			AtomicLong peakAfterGc = new AtomicLong(baseline);
			Thread sampler = new Thread(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					// what survives a collection is what securing really holds
					long live = ManagementFactory.getMemoryPoolMXBeans()
						.stream()
						.filter((pool) -> pool.getType() == java.lang.management.MemoryType.HEAP
								&& pool.getCollectionUsage() != null)
						.mapToLong((pool) -> pool.getCollectionUsage().getUsed())
						.sum();
					peakAfterGc.accumulateAndGet(live, Math::max);
					try {
						Thread.sleep(5);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			sampler.setDaemon(true);
			sampler.start();
			long start = System.nanoTime();
			EvidenceItem item = securer.secure("r-1", new SubmittedEvidence("e-1", "big.bin",
					"application/octet-stream", size, null, "evidence-incoming", "r-1/e-1"));
			double seconds = (System.nanoTime() - start) / 1e9;
			sampler.interrupt();
			System.out.printf(
					"secured %d MiB in %.1f s (%.0f MiB/s) sha256=%s%nheap: baseline %d MiB, peak used %d MiB "
							+ "(garbage included), peak live after GC %d MiB, growth %d MiB; max heap %d MiB; "
							+ "load average %s%n",
					mebibytes, seconds, mebibytes / seconds, item.sha256(), baseline >> 20, peak.get() >> 20,
					peakAfterGc.get() >> 20, (Math.max(peakAfterGc.get(), baseline) - baseline) >> 20,
					Runtime.getRuntime().maxMemory() >> 20, Files.readString(Path.of("/proc/loadavg")).strip());
		}
		finally {
			infra.destroy();
			infra.waitFor();
			try (var files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	private static void infra(Path dir) throws Exception {
		EmbeddedS3 s3 = new EmbeddedS3(dir.resolve("s3"), 9700);
		EmbeddedMongo mongo = new EmbeddedMongo(dir.resolve("mongo.mv"), 27700);
		s3.start();
		mongo.start();
		System.out.println("INFRA READY");
		Thread.currentThread().join();
	}

	/** A large, incompressible, reproducible stream that never exists in memory whole. */
	static final class PseudoRandomStream extends InputStream {

		private final byte[] block = new byte[1 << 20];

		private long left;

		private int position = this.block.length;

		private final Random random = new Random(1);

		PseudoRandomStream(long size) {
			this.left = size;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.left <= 0) {
				return -1;
			}
			if (this.position == this.block.length) {
				this.random.nextBytes(this.block);
				this.position = 0;
			}
			int n = (int) Math.min(Math.min(len, this.block.length - this.position), this.left);
			System.arraycopy(this.block, this.position, b, off, n);
			this.position += n;
			this.left -= n;
			return n;
		}

	}

}
