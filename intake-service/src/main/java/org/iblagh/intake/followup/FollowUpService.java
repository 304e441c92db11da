package org.iblagh.intake.followup;

import java.util.Comparator;
import java.util.Locale;

import org.iblagh.intake.abuse.AbuseGuard;
import org.iblagh.intake.receipt.ReceiptIssuer;
import org.iblagh.intake.report.ConversationMessage;
import org.iblagh.intake.report.ReportSealer;
import org.iblagh.intake.report.ReportStore;
import org.iblagh.intake.report.StatusEntry;
import org.iblagh.intake.report.StoredReport;
import org.iblagh.support.web.ApiException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

@Service
public class FollowUpService {

	private final ReportStore store;

	private final ReceiptIssuer receipts;

	private final MessageSource messages;

	private final ReportSealer sealer;

	private final AbuseGuard abuse;

	FollowUpService(ReportStore store, ReceiptIssuer receipts, MessageSource messages, ReportSealer sealer,
			AbuseGuard abuse) {
		this.store = store;
		this.receipts = receipts;
		this.messages = messages;
		this.sealer = sealer;
		this.abuse = abuse;
	}

	/**
	 * Finds the report of a receipt. Wrong receipts (malformed or unknown) count against
	 * the client, whose further look-ups are refused for a while once it has used up its
	 * guesses.
	 * @param clientAddress hashed at once by the abuse limits, never kept
	 */
	public StoredReport findByReceipt(String receipt, String clientAddress) {
		this.abuse.checkReceiptGuesses(clientAddress);
		if (!ReceiptIssuer.isWellFormed(receipt)) {
			this.abuse.countWrongReceipt(clientAddress);
			throw ApiException.badRequest("RECEIPT_MALFORMED", "A receipt is exactly 16 digits.");
		}
		return this.store.findByReceiptHash(this.receipts.hash(receipt)).orElseThrow(() -> {
			this.abuse.countWrongReceipt(clientAddress);
			return ApiException.notFound("RECEIPT_UNKNOWN", "No report has this receipt.");
		});
	}

	public FollowUpView view(String receipt, String clientAddress, Locale locale) {
		StoredReport report = findByReceipt(receipt, clientAddress);
		StatusEntry current = report.currentStatus();
		return new FollowUpView(report.id(), current.status(), label(current, locale),
				report.history()
					.stream()
					.sorted(Comparator.comparing(StatusEntry::at))
					.map((h) -> new FollowUpView.HistoryItem(h.status(), label(h, locale), h.at()))
					.toList(),
				report.messages()
					.stream()
					.sorted(Comparator.comparing(ConversationMessage::at))
					.map((m) -> new FollowUpView.MessageItem(m.from(),
							this.sealer.openMessage(report.id(), m.messageId(), m.sealedText()), m.at(),
							m.evidence()
								.stream()
								.map((e) -> new FollowUpView.EvidenceItem(e.evidenceId(), e.fileName(), e.size(),
										e.sha256()))
								.toList()))
					.toList());
	}

	private String label(StatusEntry entry, Locale locale) {
		return this.messages.getMessage("status." + entry.status().name(), null, entry.status().name(), locale);
	}

}
