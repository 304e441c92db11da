package org.iblagh.notification.feed;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.iblagh.contracts.Priority;
import org.iblagh.notification.referral.DeadlinePolicy;
import org.iblagh.notification.referral.Referral;
import org.iblagh.notification.referral.ReferralFactory;
import org.iblagh.notification.referral.ReferralFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AtomFeedWriterTests {

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:05Z");

	@Test
	void aFeedParsesAsAtom10WithOneEntryPerReferral() throws Exception {
		List<Referral> referrals = new ReferralFactory(DeadlinePolicy.defaults(), "http://ev")
			.fromRouted(ReferralFixture.routed("R1", Priority.P1), NOW)
			.subList(0, 1);
		String xml = new AtomFeedWriter().write("TPI-RABAT", "Tribunal de première instance de Rabat", referrals,
				"http://n", NOW);

		SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));

		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getUri()).isEqualTo("urn:iblagh:feed:TPI-RABAT");
		assertThat(feed.getEntries()).hasSize(1);
		SyndEntry entry = feed.getEntries().get(0);
		assertThat(entry.getUri()).isEqualTo("urn:iblagh:referral:F-TPI-RABAT-R1");
		assertThat(entry.getDescription().getValue()).contains("<b>&</b>");
		assertThat(entry.getContents().get(0).getValue()).contains("sha256=" + "a".repeat(64));
		assertThat(entry.getUpdatedDate()).isNotNull();
		assertThat(entry.getPublishedDate()).isNotNull();
		assertThat(AtomRules.violations(xml)).isEmpty();
	}

	@Test
	void theRulesCatchAnInvalidFeed() throws Exception {
		assertThat(AtomRules.violations("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>x</id></entry></feed>"))
			.contains("feed has 0 atom:id", "entry has 0 atom:title", "entry without author");
	}

}
