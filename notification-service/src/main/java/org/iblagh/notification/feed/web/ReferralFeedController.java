package org.iblagh.notification.feed.web;

import java.time.Clock;
import java.util.List;

import org.iblagh.notification.feed.AtomFeedWriter;
import org.iblagh.notification.feed.live.ReferralTail;
import org.iblagh.notification.office.KnownOffice;
import org.iblagh.notification.office.OfficeDirectory;
import org.iblagh.notification.office.security.OfficeAccess;
import org.iblagh.notification.referral.Referral;
import org.iblagh.notification.referral.store.ReferralStore;
import org.iblagh.support.web.ApiException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * An office's referrals as JSON with a cursor, as Atom, and as Server-Sent Events. The
 * cursor and the SSE event id are the same number, so a reader can switch between them.
 */
@RestController
class ReferralFeedController {

	private static final int PAGE = 100;

	private final ReferralStore store;

	private final OfficeDirectory offices;

	private final AtomFeedWriter atom;

	private final OfficeStreamHub hub;

	private final ReferralTail tail;

	private final Clock clock;

	private final String baseUrl;

	ReferralFeedController(ReferralStore store, OfficeDirectory offices, AtomFeedWriter atom, OfficeStreamHub hub,
			ReferralTail tail, Clock clock, @Value("${iblagh.services.notification}") String baseUrl) {
		this.store = store;
		this.offices = offices;
		this.atom = atom;
		this.hub = hub;
		this.tail = tail;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/api/v1/offices/{officeId}/referrals")
	FeedPage referrals(@PathVariable String officeId, @RequestParam(required = false) String since,
			@RequestParam(defaultValue = "100") int limit, Authentication auth) {
		OfficeAccess.requireReader(auth, officeId);
		long after = cursor(since);
		// never past the tail's horizon: a number still in flight on another instance
		// would otherwise fall behind the cursor handed out here
		List<Referral> page = this.store.forOffice(officeId, after, this.tail.horizon(),
				Math.max(1, Math.min(limit, 500)));
		long next = page.isEmpty() ? after : page.get(page.size() - 1).seq();
		return new FeedPage(officeId, page, Long.toString(next));
	}

	@GetMapping("/api/v1/referrals/{referralId}")
	Referral referral(@PathVariable String referralId, Authentication auth) {
		Referral referral = this.store.find(referralId)
			.map(ReferralStore.Versioned::referral)
			.orElseThrow(() -> ApiException.notFound("REFERRAL_NOT_FOUND", "No such referral."));
		OfficeAccess.requireReader(auth, referral.officeId());
		return referral;
	}

	@GetMapping(path = "/feeds/{officeId}.atom")
	ResponseEntity<String> atom(@PathVariable String officeId, Authentication auth) {
		OfficeAccess.requireReader(auth, officeId);
		List<Referral> latest = this.store.latestForOffice(officeId, PAGE);
		String name = this.offices.find(officeId).map(KnownOffice::nameFr).orElse(officeId);
		java.time.Instant updated = latest.isEmpty() ? this.clock.instant() : latest.get(0).notifiedAt();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(this.atom.write(officeId, name, latest, this.baseUrl, updated));
	}

	@GetMapping(path = "/api/v1/offices/{officeId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@PathVariable String officeId,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@RequestParam(required = false) String since, Authentication auth) {
		OfficeAccess.requireReader(auth, officeId);
		long after = cursor((lastEventId != null) ? lastEventId : since);
		SseEmitter emitter = new SseEmitter(0L);
		try {
			// a first comment commits the response, so the reader knows it is connected
			emitter.send(SseEmitter.event().comment("referrals of " + officeId));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		OfficeStreamHub.Stream stream = this.hub.open(officeId, emitter, after);
		// registered first, read second: whatever is stored meanwhile arrives live
		java.util.ArrayList<Referral> missed = new java.util.ArrayList<>();
		long cursor = after;
		long horizon = this.tail.horizon();
		List<Referral> page;
		do {
			page = this.store.forOffice(officeId, cursor, horizon, 500);
			missed.addAll(page);
			if (!page.isEmpty()) {
				cursor = page.get(page.size() - 1).seq();
			}
		}
		while (page.size() == 500);
		stream.replay(missed);
		return emitter;
	}

	private static long cursor(String value) {
		if (value == null || value.isBlank()) {
			return 0;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			throw ApiException.badRequest("INVALID_CURSOR", "The cursor is not one this service gave.");
		}
	}

	/**
	 * A page of an office's feed; {@code next} is the cursor to pass as {@code since}.
	 */
	record FeedPage(String officeId, List<Referral> referrals, String next) {
	}

}
