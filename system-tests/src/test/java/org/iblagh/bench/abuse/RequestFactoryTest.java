package org.iblagh.bench.abuse;

import org.iblagh.bench.ProofOfWorkSolver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFactoryTest {

	/**
	 * A forged proof must never meet the difficulty: with 8 bits, the next nonce of a
	 * solved proof meets it for 1 challenge in 256, which once made a hostile submission
	 * a valid one (AbuseIT, HOSTILE_REQUEST_ACCEPTED).
	 */
	@Test
	void aForgedNonceNeverMeetsTheDifficulty() {
		int nextNonceWouldPass = 0;
		// until three challenges whose next nonce meets the difficulty (the case the fix
		// is for) have been seen, each forged proof checked on the way
		for (int i = 0; nextNonceWouldPass < 3 && i < 50_000; i++) {
			String prefix = "prefix" + i;
			long solved = ProofOfWorkSolver.solve(prefix, 8);
			String challenge = "v1.1900000000.8." + prefix + ".signature";
			if (ProofOfWorkSolver.meets(prefix, solved + 1, 8)) {
				nextNonceWouldPass++;
			}
			String forged = RequestFactory.unsolved(challenge + ":" + solved);
			assertThat(forged).startsWith(challenge + ":");
			long nonce = Long.parseLong(forged.substring(forged.lastIndexOf(':') + 1));
			assertThat(nonce).isGreaterThan(solved);
			assertThat(ProofOfWorkSolver.meets(prefix, nonce, 8)).isFalse();
		}
		assertThat(nextNonceWouldPass).isEqualTo(3);
	}

}
