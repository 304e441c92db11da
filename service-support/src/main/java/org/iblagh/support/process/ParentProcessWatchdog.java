package org.iblagh.support.process;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the launcher that started this service dies without stopping it (kill -9), the
 * service stops too instead of lingering as an orphan holding its port.
 */
public final class ParentProcessWatchdog {

	private static final Logger log = LoggerFactory.getLogger(ParentProcessWatchdog.class);

	private ParentProcessWatchdog() {
	}

	public static void watch(String parentPid) {
		if (parentPid == null || parentPid.isBlank()) {
			return;
		}
		Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(parentPid.trim()));
		if (parent.isEmpty()) {
			return;
		}
		parent.get().onExit().thenRun(() -> {
			log.warn("The launcher (pid {}) is gone; stopping this service", parentPid);
			System.exit(0);
		});
	}

}
