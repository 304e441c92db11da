package org.iblagh.support.observability;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where {@link ReportCounts} finds each report's category and status.
 */
@ConfigurationProperties("iblagh.observability.report-counts")
public class ReportCountsProperties {

	/** The collection holding one document per report; unset turns the gauge off. */
	private String collection;

	private String categoryField = "content.category";

	/**
	 * A status, or an array of statuses (a history): the current one is the element at
	 * the latest {@link #statusTimeField time}, else the last element.
	 */
	private String statusField = "history.status";

	/**
	 * The times of a history's statuses, in the same order: events reach a service out of
	 * order, so the last one appended need not be the latest. Unset: the last element.
	 */
	private String statusTimeField = "history.at";

	private Duration refresh = Duration.ofSeconds(60);

	public String getCollection() {
		return this.collection;
	}

	public void setCollection(String collection) {
		this.collection = collection;
	}

	public String getCategoryField() {
		return this.categoryField;
	}

	public void setCategoryField(String categoryField) {
		this.categoryField = categoryField;
	}

	public String getStatusField() {
		return this.statusField;
	}

	public void setStatusField(String statusField) {
		this.statusField = statusField;
	}

	public String getStatusTimeField() {
		return this.statusTimeField;
	}

	public void setStatusTimeField(String statusTimeField) {
		this.statusTimeField = statusTimeField;
	}

	public Duration getRefresh() {
		return this.refresh;
	}

	public void setRefresh(Duration refresh) {
		this.refresh = refresh;
	}

}
