package org.iblagh.intake.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Status e-mails ({@code iblagh.intake.mail.*}); the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param enabled whether status e-mails are sent at all
 * @param from sender address
 * @param portalUrl where the reporter follows up (with their receipt)
 */
@ConfigurationProperties("iblagh.intake.mail")
public record MailProperties(boolean enabled, String from, String portalUrl) {

	public MailProperties {
		from = (from != null) ? from : "no-reply@iblagh.local";
		portalUrl = (portalUrl != null) ? portalUrl : "http://127.0.0.1:8081/follow-up";
	}

}
