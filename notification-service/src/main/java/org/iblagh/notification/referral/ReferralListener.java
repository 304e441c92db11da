package org.iblagh.notification.referral;

/**
 * Told of every new or changed referral, once it is durably stored: the feeds, webhooks
 * and mail hang on this, so the referral feature knows none of them.
 */
public interface ReferralListener {

	void onNew(Referral referral);

	default void onEscalated(Referral referral) {
	}

}
