package org.iblagh.local;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Bounded waits for a condition, for code that also runs outside tests (the launcher, the
 * bench), where Awaitility is not on the class path.
 */
public final class Poll {

	/** A condition whose check may fail, e.g. an HTTP call. */
	@FunctionalInterface
	public interface Condition {

		boolean holds() throws Exception;

	}

	private Poll() {
	}

	/**
	 * Checks the condition every {@code every} until it holds or {@code timeout} has
	 * passed. An exception from the check ends the wait.
	 * @return whether the condition held in time
	 */
	public static boolean untilChecked(Duration timeout, Duration every, Condition condition) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.holds()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(every.toMillis());
		}
		return true;
	}

	/**
	 * {@link #untilChecked(Duration, Duration, Condition)} for a check that cannot fail.
	 */
	public static boolean until(Duration timeout, Duration every, BooleanSupplier condition)
			throws InterruptedException {
		try {
			return untilChecked(timeout, every, condition::getAsBoolean);
		}
		catch (InterruptedException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
