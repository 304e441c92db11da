package org.iblagh.notification.referral;

/**
 * Told of every new or changed referral this instance stored, once it is durable:
 * webhooks and mail hang on this, so the referral feature knows none of them. Live feeds
 * do not: they follow the store (feed.live), which carries every instance's referrals.
 */
public interface ReferralListener {

	void onNew(Referral referral);

	default void onEscalated(Referral referral) {
	}

}
