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

	/** A status, or an array of statuses whose last element is the current one. */
	private String statusField = "history.status";

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

	public Duration getRefresh() {
		return this.refresh;
	}

	public void setRefresh(Duration refresh) {
		this.refresh = refresh;
	}

}
