package org.iblagh.intake.followup;

import java.util.Comparator;
import java.util.Locale;

import org.iblagh.intake.receipt.ReceiptIssuer;
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

	FollowUpService(ReportStore store, ReceiptIssuer receipts, MessageSource messages) {
		this.store = store;
		this.receipts = receipts;
		this.messages = messages;
	}

	public StoredReport findByReceipt(String receipt) {
		if (!ReceiptIssuer.isWellFormed(receipt)) {
			throw ApiException.badRequest("RECEIPT_MALFORMED", "A receipt is exactly 16 digits.");
		}
		return this.store.findByReceiptHash(this.receipts.hash(receipt))
			.orElseThrow(() -> ApiException.notFound("RECEIPT_UNKNOWN", "No report has this receipt."));
	}

	public FollowUpView view(String receipt, Locale locale) {
		StoredReport report = findByReceipt(receipt);
		StatusEntry current = report.currentStatus();
		return new FollowUpView(report.id(), current.status(), label(current, locale),
				report.history()
					.stream()
					.sorted(Comparator.comparing(StatusEntry::at))
					.map((h) -> new FollowUpView.HistoryItem(h.status(), label(h, locale), h.at()))
					.toList(),
				report.messages()
					.stream()
					.map((m) -> new FollowUpView.MessageItem(m.from(), m.text(), m.at()))
					.toList());
	}

	private String label(StatusEntry entry, Locale locale) {
		return this.messages.getMessage("status." + entry.status().name(), null, entry.status().name(), locale);
	}

}
