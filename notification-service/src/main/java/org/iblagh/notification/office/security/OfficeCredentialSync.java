package org.iblagh.notification.office.security;

import org.iblagh.notification.office.OfficeDirectory;
import org.iblagh.support.office.OfficeKeys;

import org.springframework.context.SmartLifecycle;

/**
 * Writes the offices' key hashes and loads them when the service starts: before the web
 * server takes requests and before any consumer runs (the lowest phase), but not while
 * beans are made, so that making the application context needs no database (as the
 * class-data training run does).
 */
class OfficeCredentialSync implements SmartLifecycle {

	private final OfficeCredentialStore store;

	private final OfficeDirectory offices;

	private final OfficeKeys keys;

	private volatile boolean running;

	OfficeCredentialSync(OfficeCredentialStore store, OfficeDirectory offices, OfficeKeys keys) {
		this.store = store;
		this.offices = offices;
		this.keys = keys;
	}

	@Override
	public void start() {
		this.store.sync(this.offices, this.keys);
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MIN_VALUE;
	}

}
