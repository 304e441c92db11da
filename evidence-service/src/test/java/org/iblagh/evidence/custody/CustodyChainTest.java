package org.iblagh.evidence.custody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustodyChainTest {

	private static final String SHA = "a".repeat(64);

	private List<CustodyEntry> chain() {
		List<CustodyEntry> entries = new ArrayList<>();
		Instant at = Instant.parse("2026-01-05T10:00:00.123456Z");
		entries.add(CustodyChain.append(null, "ev-1", CustodyAction.RECEIVED, "intake-service", at,
				Details.of("sha256", SHA)));
		entries.add(CustodyChain.append(entries.get(0), "ev-1", CustodyAction.VERIFIED, "evidence-service",
				at.plusSeconds(1), Details.of("sha256", SHA, "md5", "b".repeat(32))));
		entries.add(CustodyChain.append(entries.get(1), "ev-1", CustodyAction.STORED, "evidence-service",
				at.plusSeconds(2), Details.of("bucket", "evidence", "key", "r/ev-1", "sha256", SHA)));
		entries
			.add(CustodyChain.append(entries.get(2), "ev-1", CustodyAction.VIEWED, "analyst", at.plusSeconds(3), ""));
		return entries;
	}

	@Test
	void anUntouchedChainIsIntact() {
		List<CustodyEntry> entries = chain();
		assertThat(entries.get(0).previousHash()).isEqualTo(CustodyChain.GENESIS);
		assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
		assertThat(entries.get(0).at()).isEqualTo(Instant.parse("2026-01-05T10:00:00.123Z"));
		assertThat(CustodyChain.firstBrokenLink(entries)).isEmpty();
		assertThat(CustodyVerdict.verify(entries, SHA, SHA)).isEqualTo(new CustodyVerdict(true, null));
	}

	@Test
	void aChangedEntryIsTheFirstBrokenLink() {
		List<CustodyEntry> entries = chain();
		CustodyEntry e = entries.get(1);
		entries.set(1, new CustodyEntry(e.evidenceId(), e.sequence(), e.action(), "someone-else", e.at(), e.detail(),
				e.previousHash(), e.hash()));
		assertThat(CustodyChain.firstBrokenLink(entries)).get().extracting(CustodyEntry::sequence).isEqualTo(1);
		assertThat(CustodyVerdict.verify(entries, SHA, SHA)).isEqualTo(new CustodyVerdict(false, "custody:1"));
	}

	@Test
	void aRehashedEntryStillBreaksTheNextLink() {
		List<CustodyEntry> entries = chain();
		CustodyEntry e = entries.get(1);
		CustodyEntry forged = CustodyChain.append(entries.get(0), e.evidenceId(), e.action(), "forger", e.at(),
				e.detail());
		entries.set(1, forged);
		assertThat(CustodyVerdict.verify(entries, SHA, SHA).brokenAt()).isEqualTo("custody:2");
	}

	@Test
	void aRemovedEntryBreaksTheChain() {
		List<CustodyEntry> entries = chain();
		entries.remove(2);
		// the entry after the gap no longer links to its predecessor
		assertThat(CustodyVerdict.verify(entries, SHA, SHA).brokenAt()).isEqualTo("custody:3");
	}

	@Test
	void changedBytesAreBrokenAtTheObject() {
		assertThat(CustodyVerdict.verify(chain(), SHA, "c".repeat(64))).isEqualTo(new CustodyVerdict(false, "object"));
	}

	@Test
	void aChangedRecordedHashIsCaughtByTheChain() {
		// the recorded sha256 in the database was edited to match tampered bytes
		assertThat(CustodyVerdict.verify(chain(), "c".repeat(64), "c".repeat(64)).intact()).isFalse();
	}

	@Test
	void detailsRoundTrip() {
		String detail = Details.of("bucket", "evidence", "key", "r;1/e");
		assertThat(Details.value(detail, "key")).isEqualTo("r,1/e");
		assertThat(Details.value(detail, "bucket")).isEqualTo("evidence");
		assertThat(Details.value(detail, "none")).isNull();
	}

}
