package org.iblagh.intake.mail;

import java.util.Locale;

import org.iblagh.contracts.ReportStatus;
import org.iblagh.intake.report.ReportSealer;
import org.iblagh.intake.report.ReportStore;
import org.iblagh.intake.report.SealedIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells identified reporters who opted in that their report's status changed. Only intake
 * knows their address, so only intake writes to them. The e-mail says that something
 * changed and where to look, never what the report is about: a mailbox is not a safe
 * place for it.
 */
@Component
public class StatusMailer {

	private static final Logger log = LoggerFactory.getLogger(StatusMailer.class);

	private final ReportStore store;

	private final ReportSealer sealer;

	private final MessageSource messages;

	private final ObjectProvider<JavaMailSender> sender;

	private final MailProperties properties;

	StatusMailer(ReportStore store, ReportSealer sealer, MessageSource messages, ObjectProvider<JavaMailSender> sender,
			MailProperties properties) {
		this.store = store;
		this.sealer = sealer;
		this.messages = messages;
		this.sender = sender;
		this.properties = properties;
	}

	/**
	 * Whether status e-mails can go out at all: when not, a consumer need not find out
	 * which statuses are new.
	 */
	public boolean active() {
		return this.properties.enabled() && this.sender.getIfAvailable() != null;
	}

	public void statusChanged(String reportId, ReportStatus status) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (!this.properties.enabled() || mail == null) {
			return;
		}
		this.store.findById(reportId).ifPresent((report) -> {
			SealedIdentity identity = report.identity();
			if (identity == null || !identity.statusEmails() || identity.email() == null) {
				return;
			}
			String to = this.sealer.open(reportId, identity).email();
			Locale locale = Locale.forLanguageTag((identity.language() != null) ? identity.language() : "ar");
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.properties.from());
			message.setTo(to);
			message.setSubject(this.messages.getMessage("mail.status.subject", null, locale));
			message.setText(this.messages.getMessage("mail.status.body",
					new Object[] { this.messages.getMessage("status." + status.name(), null, status.name(), locale),
							this.properties.portalUrl() },
					locale));
			try {
				mail.send(message);
			}
			catch (MailException ex) {
				// the follow-up page stays the source of truth; the address is never
				// logged
				log.warn("Status e-mail for report {} not sent: {}", reportId, ex.getClass().getSimpleName());
			}
		});
	}

}
