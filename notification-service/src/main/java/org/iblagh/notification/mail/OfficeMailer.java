package org.iblagh.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

import org.iblagh.contracts.Priority;
import org.iblagh.notification.config.NotificationProperties;
import org.iblagh.notification.referral.Referral;
import org.iblagh.notification.referral.ReferralListener;
import org.iblagh.notification.referral.store.ReferralStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Mail to offices: an alert for each P1/P2 referral, a daily digest, and an alert to the
 * supervisor when a referral escalates. Mail goes out on its own thread: a slow or absent
 * mail server never holds up the feeds. Texts are in French and Arabic, from the bundles.
 */
public class OfficeMailer implements ReferralListener {

	private static final Logger log = LoggerFactory.getLogger(OfficeMailer.class);

	private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.forLanguageTag("ar"));

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final NotificationProperties.Mail settings;

	private final ReferralStore store;

	private final Clock clock;

	private final ExecutorService outbox;

	private final String pageUrl;

	public OfficeMailer(JavaMailSender sender, MessageSource messages, NotificationProperties.Mail settings,
			ReferralStore store, Clock clock, ExecutorService outbox, String baseUrl) {
		this.sender = sender;
		this.messages = messages;
		this.settings = settings;
		this.store = store;
		this.clock = clock;
		this.outbox = outbox;
		this.pageUrl = baseUrl + "/office";
	}

	@Override
	public void onNew(Referral referral) {
		if (referral.priority() == Priority.P1 || referral.priority() == Priority.P2) {
			String subject = text("mail.alert.subject", referral.priority(), referral.category(), referral.reportId());
			// no report content by mail: a mailbox is not the office's authenticated
			// page,
			// and a summary can carry what the reporter wrote about themselves
			String body = text("mail.alert.body", referral.priority(), referral.category(), referral.reportId(),
					referral.dueAt(), this.pageUrl);
			send(this.settings.officeAddress(referral.officeId()), subject, body);
		}
	}

	@Override
	public void onEscalated(Referral referral) {
		String subject = text("mail.escalated.subject", referral.officeId(), referral.reportId());
		String body = text("mail.escalated.body", referral.officeId(), referral.reportId(), referral.priority(),
				referral.notifiedAt(), referral.dueAt());
		send(this.settings.supervisorAddress(), subject, body);
	}

	/**
	 * One mail per office that received referrals in the 24 hours before now.
	 * @return how many digests were sent
	 */
	public int sendDigest() {
		Instant now = this.clock.instant();
		Map<String, List<Referral>> byOffice = this.store.notifiedSince(now.minus(Duration.ofDays(1)))
			.stream()
			.collect(Collectors.groupingBy(Referral::officeId, java.util.TreeMap::new, Collectors.toList()));
		byOffice.forEach((officeId, referrals) -> {
			String lines = referrals.stream()
				.map((r) -> "- [" + r.priority() + "] " + r.category() + " " + r.reportId() + " (" + r.status() + ")")
				.collect(Collectors.joining("\n"));
			send(this.settings.officeAddress(officeId), text("mail.digest.subject", referrals.size()),
					text("mail.digest.body", referrals.size(), lines, this.pageUrl));
		});
		return byOffice.size();
	}

	private String text(String code, Object... args) {
		return LANGUAGES.stream()
			.map((locale) -> this.messages.getMessage(code, args, locale))
			.collect(Collectors.joining((code.endsWith("subject")) ? " / " : "\n\n----\n\n"));
	}

	private void send(String to, String subject, String body) {
		if (!this.settings.enabled()) {
			return;
		}
		this.outbox.execute(() -> {
			try {
				SimpleMailMessage mail = new SimpleMailMessage();
				mail.setFrom(this.settings.from());
				mail.setTo(to);
				mail.setSubject(subject);
				mail.setText(body);
				this.sender.send(mail);
			}
			catch (RuntimeException ex) {
				log.warn("Mail to an office mailbox failed: {}", ex.toString());
			}
		});
	}

}
