package org.iblagh.triage.assessment.indicators;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Check digits of bank and wallet identifiers, so that a random string of the right shape
 * is not reported as an account.
 */
final class Checksums {

	private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

	private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

	private Checksums() {
	}

	/**
	 * ISO 13616: move the first four characters to the end, letters to numbers, mod 97 =
	 * 1.
	 */
	static boolean ibanValid(String iban) {
		if (iban.length() < 15 || iban.length() > 34) {
			return false;
		}
		int remainder = 0;
		String rearranged = iban.substring(4) + iban.substring(0, 4);
		for (int i = 0; i < rearranged.length(); i++) {
			int value = Character.digit(rearranged.charAt(i), 36);
			if (value < 0) {
				return false;
			}
			remainder = (value < 10) ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
		}
		return remainder == 1;
	}

	/** A Moroccan RIB (bank, city, account, key): the 24-digit number is 0 mod 97. */
	static boolean ribValid(String digits) {
		if (digits.length() != 24) {
			return false;
		}
		int remainder = 0;
		for (int i = 0; i < digits.length(); i++) {
			remainder = (remainder * 10 + (digits.charAt(i) - '0')) % 97;
		}
		return remainder == 0;
	}

	/** Base58Check with a double SHA-256 checksum and the given version byte. */
	static boolean base58CheckValid(String address, int version) {
		BigInteger value = BigInteger.ZERO;
		for (int i = 0; i < address.length(); i++) {
			int digit = BASE58.indexOf(address.charAt(i));
			if (digit < 0) {
				return false;
			}
			value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(digit));
		}
		byte[] raw = value.toByteArray();
		int leadingZeros = 0;
		while (leadingZeros < address.length() && address.charAt(leadingZeros) == '1') {
			leadingZeros++;
		}
		int strip = (raw.length > 0 && raw[0] == 0) ? 1 : 0;
		byte[] decoded = new byte[leadingZeros + raw.length - strip];
		System.arraycopy(raw, strip, decoded, leadingZeros, raw.length - strip);
		if (decoded.length != 25 || (decoded[0] & 0xff) != version) {
			return false;
		}
		byte[] payload = Arrays.copyOfRange(decoded, 0, 21);
		byte[] hash = sha256(sha256(payload));
		for (int i = 0; i < 4; i++) {
			if (hash[i] != decoded[21 + i]) {
				return false;
			}
		}
		return true;
	}

	/** BIP-173 / BIP-350: a bech32 (v0) or bech32m (v1+) segwit address. */
	static boolean bech32Valid(String address) {
		String lower = address.toLowerCase();
		int separator = lower.lastIndexOf('1');
		if (separator < 1 || separator + 7 > lower.length() || lower.length() > 90) {
			return false;
		}
		String hrp = lower.substring(0, separator);
		int[] values = new int[hrp.length() * 2 + 1 + lower.length() - separator - 1];
		int k = 0;
		for (int i = 0; i < hrp.length(); i++) {
			values[k++] = hrp.charAt(i) >> 5;
		}
		values[k++] = 0;
		for (int i = 0; i < hrp.length(); i++) {
			values[k++] = hrp.charAt(i) & 31;
		}
		for (int i = separator + 1; i < lower.length(); i++) {
			int v = BECH32.indexOf(lower.charAt(i));
			if (v < 0) {
				return false;
			}
			values[k++] = v;
		}
		int polymod = polymod(values);
		return polymod == 1 || polymod == 0x2bc830a3;
	}

	private static int polymod(int[] values) {
		int[] generator = { 0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3 };
		int chk = 1;
		for (int v : values) {
			int top = chk >>> 25;
			chk = ((chk & 0x1ffffff) << 5) ^ v;
			for (int i = 0; i < 5; i++) {
				if (((top >>> i) & 1) != 0) {
					chk ^= generator[i];
				}
			}
		}
		return chk;
	}

	private static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
