package org.iblagh.triage.assessment.indicators;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.iblagh.contracts.ContentLocation;
import org.iblagh.contracts.SuspectIdentifier;

/**
 * Finds identifiers in a report and normalises them so that reports naming the same one
 * can be linked: phones in E.164 (Morocco as the default region; numbers that are only
 * possible are kept, since scammers use any range), canonical URLs and bare domains, t.me
 * links, e-mails, handles, checksum-valid IBANs and Moroccan RIBs, and BTC, ETH and TRON
 * wallets. Thread-safe.
 */
public final class IndicatorExtractor {

	private static final String DEFAULT_REGION = "MA";

	private static final Pattern TELEGRAM = Pattern
		.compile("(?i)(?<![\\w.])(?:https?://)?(?:www\\.)?(?:t|telegram)\\.me/(?:s/)?([a-z0-9_+]{3,64})");

	private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'«»،]+");

	private static final Pattern EMAIL = Pattern
		.compile("(?i)(?<![\\w.+-])[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,62}\\.)+[a-z]{2,24}\\b");

	private static final Pattern BARE_DOMAIN = Pattern
		.compile("(?i)(?<![\\w.@/-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+"
				+ "(?:com|net|org|info|top|xyz|shop|online|site|store|club|live|ma|fr|es|io|co|me|biz|app|link|icu|vip"
				+ "|cc|tk|ml|ga|cf|gq|buzz|click|space|website|pro|uk|us|ru|cn|in|tv|ly|win|bid|loan|work|support)"
				+ "\\b(?![.@-]?\\w)(?:/[^\\s<>\"'«»،]*)?");

	private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}\\b");

	private static final Pattern RIB = Pattern.compile("(?<![\\d])\\d(?:[ ]?\\d){23}(?![\\d])");

	private static final Pattern ETH = Pattern.compile("\\b0x[a-fA-F0-9]{40}\\b");

	private static final Pattern BECH32 = Pattern.compile("\\b(?:bc1|BC1)[a-zA-HJ-NP-Z0-9]{8,87}\\b");

	private static final Pattern BASE58_ADDRESS = Pattern.compile("\\b[13T][1-9A-HJ-NP-Za-km-z]{25,34}\\b");

	private static final Pattern PHONE = Pattern
		.compile("(?<![\\w+])(?:\\+|00)?\\(?\\d(?:[ .\\-/()]{0,2}\\d){6,14}(?![\\w])");

	private static final Pattern AT_HANDLE = Pattern.compile("(?<![\\w.@])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}))");

	private static final Pattern NAMED_HANDLE = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?:pseudo|compte|username|"
			+ "user|account|smito|smiya|smitou|utilisateur|profil|profile|handle|usuario|cuenta|nickname|nick)"
			+ "|سميتو|سميته|حساب|حسابه|اسم المستخدم|اسم الحساب|المعرف)"
			+ "\\s*(?:[:：=]\\s*|\\s)[«\"“']?\\s*@?([A-Za-z0-9_](?:[A-Za-z0-9_.]{1,29}))");

	private static final Pattern DOTTED_NAME = Pattern.compile("(?i)[a-z0-9]\\.[a-z]{2}");

	private static final Pattern HANDLE_KEYWORD = Pattern.compile(
			"pseudo|compte|user|account|smit|smiya|utilisateur|profil|handle|usuario|cuenta|nick|سميت|حساب|اسم|المعرف");

	private static final Set<String> NOT_HANDLES = Set.of("facebook", "instagram", "insta", "tiktok", "whatsapp",
			"telegram", "snapchat", "snap", "twitter", "youtube", "linkedin", "messenger", "discord", "roblox", "gmail",
			"bancaire", "bank", "dyal", "dyali", "dial", "was", "the", "and", "sur", "de", "des", "fake", "faux", "mon",
			"my", "son", "his", "her", "este", "una", "un", "une", "this", "that", "f", "fi", "fl");

	private static final Set<String> HANDLE_DOMAINS = Set.of("gmail", "hotmail", "yahoo", "outlook");

	private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

	/**
	 * Indicators named in the description, the content locations and the identifiers the
	 * reporter typed, once each (by type and normalised value).
	 */
	public List<FoundIndicator> extract(String description, List<ContentLocation> locations,
			List<SuspectIdentifier> identifiers) {
		Map<String, FoundIndicator> found = new LinkedHashMap<>();
		String text = asciiDigits(description);
		BitSet taken = new BitSet(text.length());
		// cheap checks first: most descriptions hold no link, no e-mail and few digits,
		// and the patterns below are costly to run over every position of a long text
		String lower = text.toLowerCase(Locale.ROOT);
		boolean dotted = DOTTED_NAME.matcher(text).find();
		if (dotted && (lower.contains("t.me/") || lower.contains("telegram.me/"))) {
			findTelegram(text, taken, found);
		}
		if (lower.contains("http") || lower.contains("www.")) {
			findUrls(text, taken, found);
		}
		boolean at = text.indexOf('@') >= 0;
		if (at) {
			findEmails(text, taken, found);
		}
		if (dotted) {
			findBareDomains(text, taken, found);
		}
		int digits = countDigits(text);
		if (digits >= 8) {
			findIbans(text, taken, found);
			findRibs(text, taken, found);
			findPhones(text, taken, found);
		}
		if (digits >= 3) {
			findWallets(text, taken, found);
		}
		if (at || HANDLE_KEYWORD.matcher(lower).find()) {
			findHandles(text, taken, found);
		}
		for (ContentLocation location : locations) {
			if (location != null && location.url() != null && !location.url().isBlank()) {
				add(found, urlOrTelegram(location.url().strip(), -1, -1));
			}
		}
		for (SuspectIdentifier identifier : identifiers) {
			if (identifier != null && identifier.value() != null && !identifier.value().isBlank()) {
				add(found, fromDeclared(identifier));
			}
		}
		return List.copyOf(found.values());
	}

	/** Normalises one identifier whose type the reporter chose. */
	FoundIndicator fromDeclared(SuspectIdentifier identifier) {
		String value = identifier.value().strip();
		String type = (identifier.type() != null) ? identifier.type().toUpperCase(Locale.ROOT) : "OTHER";
		return switch (type) {
			case "PHONE" -> {
				String e164 = e164(asciiDigits(value));
				yield new FoundIndicator(IndicatorType.PHONE, value,
						(e164 != null) ? e164 : value.replaceAll("[^+\\d]", ""), -1, -1);
			}
			case "EMAIL" -> new FoundIndicator(IndicatorType.EMAIL, value, value.toLowerCase(Locale.ROOT), -1, -1);
			case "HANDLE" -> new FoundIndicator(IndicatorType.HANDLE, value, handle(value), -1, -1);
			case "URL" -> urlOrTelegram(value, -1, -1);
			case "IBAN" -> {
				String compact = value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
				boolean rib = compact.matches("\\d{24}");
				yield new FoundIndicator(rib ? IndicatorType.RIB : IndicatorType.IBAN, value, compact, -1, -1);
			}
			case "CRYPTO_WALLET" -> new FoundIndicator(IndicatorType.CRYPTO_WALLET, value, wallet(value), -1, -1);
			default -> new FoundIndicator(IndicatorType.OTHER, value, value.toLowerCase(Locale.ROOT), -1, -1);
		};
	}

	private void findTelegram(String text, BitSet taken, Map<String, FoundIndicator> found) {
		Matcher m = TELEGRAM.matcher(text);
		while (m.find()) {
			take(taken, m.start(), m.end());
			add(found, new FoundIndicator(IndicatorType.TELEGRAM, m.group(),
					"https://t.me/" + m.group(1).toLowerCase(Locale.ROOT), m.start(), m.end()));
		}
	}

	private void findUrls(String text, BitSet taken, Map<String, FoundIndicator> found) {
		Matcher m = URL.matcher(text);
		while (m.find()) {
			if (free(taken, m.start(), m.end())) {
				String raw = UrlCanonicalizer.stripTrailingPunctuation(m.group());
				int end = m.start() + raw.length();
				take(taken, m.start(), end);
				add(found, urlOrTelegram(raw, m.start(), end));
			}
		}
	}

	private void findEmails(String text, BitSet taken, Map<String, FoundIndicator> found) {
		Matcher m = EMAIL.matcher(text);
		while (m.find()) {
			if (free(taken, m.start(), m.end())) {
				take(taken, m.start(), m.end());
				add(found, new FoundIndicator(IndicatorType.EMAIL, m.group(), m.group().toLowerCase(Locale.ROOT),
						m.start(), m.end()));
			}
		}
	}

	private void findBareDomains(String text, BitSet taken, Map<String, FoundIndicator> found) {
		Matcher m = BARE_DOMAIN.matcher(text);
		while (m.find()) {
			if (free(taken, m.start(), m.end())) {
				String raw = UrlCanonicalizer.stripTrailingPunctuation(m.group());
				take(taken, m.start(), m.start() + raw.length());
				add(found, urlOrTelegram(raw, m.start(), m.start() + raw.length()));
			}
		}
	}

	private void findIbans(String text, BitSet taken, Map<String, FoundIndicator> found) {
		Matcher m = IBAN.matcher(text);
		while (m.find()) {
			String raw = m.group();
			// the pattern may swallow a following upper-case word: shorten to the longest
			// prefix with a valid check digit
			for (int end = raw.length(); end >= 15; end--) {
				String candidate = raw.substring(0, end).strip();
				String compact = candidate.replace(" ", "");
				if (Checksums.ibanValid(compact)) {
					take(taken, m.start(), m.start() + candidate.length());
					add(found, new FoundIndicator(IndicatorType.IBAN, candidate, compact, m.start(),
							m.start() + candidate.length()));
					break;
				}
			}
		}
	}

	private void findWallets(String text, BitSet taken, Map<String, FoundIndicator> found) {
		Matcher eth = ETH.matcher(text);
		while (eth.find()) {
			if (free(taken, eth.start(), eth.end())) {
				take(taken, eth.start(), eth.end());
				add(found, new FoundIndicator(IndicatorType.CRYPTO_WALLET, eth.group(),
						eth.group().toLowerCase(Locale.ROOT), eth.start(), eth.end()));
			}
		}
		Matcher bech = BECH32.matcher(text);
		while (bech.find()) {
			if (free(taken, bech.start(), bech.end()) && Checksums.bech32Valid(bech.group())) {
				take(taken, bech.start(), bech.end());
				add(found, new FoundIndicator(IndicatorType.CRYPTO_WALLET, bech.group(),
						bech.group().toLowerCase(Locale.ROOT), bech.start(), bech.end()));
			}
		}
		Matcher b58 = BASE58_ADDRESS.matcher(text);
		while (b58.find()) {
			String address = b58.group();
			int version = switch (address.charAt(0)) {
				case '1' -> 0x00;
				case '3' -> 0x05;
				default -> 0x41;
			};
			if (free(taken, b58.start(), b58.end()) && Checksums.base58CheckValid(address, version)) {
				take(taken, b58.start(), b58.end());
				add(found, new FoundIndicator(IndicatorType.CRYPTO_WALLET, address, address, b58.start(), b58.end()));
			}
		}
	}

	private void findRibs(String text, BitSet taken, Map<String, FoundIndicator> found) {
		Matcher m = RIB.matcher(text);
		while (m.find()) {
			String digits = m.group().replace(" ", "");
			if (free(taken, m.start(), m.end()) && Checksums.ribValid(digits)) {
				take(taken, m.start(), m.end());
				add(found, new FoundIndicator(IndicatorType.RIB, m.group(), digits, m.start(), m.end()));
			}
		}
	}

	private void findPhones(String text, BitSet taken, Map<String, FoundIndicator> found) {
		Matcher m = PHONE.matcher(text);
		while (m.find()) {
			String raw = m.group();
			int digits = 0;
			for (int i = 0; i < raw.length(); i++) {
				digits += Character.isDigit(raw.charAt(i)) ? 1 : 0;
			}
			if (digits < 8 || !free(taken, m.start(), m.end())) {
				continue;
			}
			String e164 = e164(raw);
			if (e164 != null) {
				take(taken, m.start(), m.end());
				add(found, new FoundIndicator(IndicatorType.PHONE, raw, e164, m.start(), m.end()));
			}
		}
	}

	private void findHandles(String text, BitSet taken, Map<String, FoundIndicator> found) {
		Matcher at = AT_HANDLE.matcher(text);
		while (at.find()) {
			String name = trimDots(at.group(1));
			if (free(taken, at.start(), at.end()) && !name.isEmpty() && !HANDLE_DOMAINS.contains(name)) {
				take(taken, at.start(), at.start() + 1 + name.length());
				add(found, new FoundIndicator(IndicatorType.HANDLE, "@" + name, handle(name), at.start(),
						at.start() + 1 + name.length()));
			}
		}
		Matcher named = NAMED_HANDLE.matcher(text);
		while (named.find()) {
			String name = trimDots(named.group(1));
			int start = named.start(1);
			boolean explicit = named.group().contains(":") || named.group().contains("@")
					|| named.group().contains("\"") || named.group().contains("«") || named.group().contains("=");
			boolean handleLike = name.chars().anyMatch((c) -> Character.isDigit(c) || c == '_' || c == '.');
			if (name.length() < 3 || NOT_HANDLES.contains(name.toLowerCase(Locale.ROOT)) || !(explicit || handleLike)
					|| !free(taken, start, start + name.length())) {
				continue;
			}
			take(taken, start, start + name.length());
			add(found, new FoundIndicator(IndicatorType.HANDLE, name, handle(name), start, start + name.length()));
		}
	}

	private FoundIndicator urlOrTelegram(String raw, int start, int end) {
		Matcher telegram = TELEGRAM.matcher(raw);
		if (telegram.lookingAt()) {
			return new FoundIndicator(IndicatorType.TELEGRAM, raw,
					"https://t.me/" + telegram.group(1).toLowerCase(Locale.ROOT), start, end);
		}
		return new FoundIndicator(IndicatorType.URL, raw, UrlCanonicalizer.canonicalize(raw), start, end);
	}

	/**
	 * E.164 when libphonenumber finds the number possible (length fits its region), else
	 * null.
	 */
	String e164(String raw) {
		String cleaned = raw.replaceAll("[()]", " ").strip();
		try {
			PhoneNumber number = this.phones.parse(cleaned, DEFAULT_REGION);
			if (!this.phones.isPossibleNumber(number)) {
				return null;
			}
			return this.phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

	private static int countDigits(String text) {
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			n += (c >= '0' && c <= '9') ? 1 : 0;
		}
		return n;
	}

	private static String handle(String value) {
		String name = value.strip();
		while (name.startsWith("@")) {
			name = name.substring(1);
		}
		return "@" + name.toLowerCase(Locale.ROOT);
	}

	private static String wallet(String value) {
		String v = value.strip();
		String lower = v.toLowerCase(Locale.ROOT);
		return (lower.startsWith("0x") || lower.startsWith("bc1")) ? lower : v;
	}

	private static String trimDots(String name) {
		int end = name.length();
		while (end > 0 && name.charAt(end - 1) == '.') {
			end--;
		}
		return name.substring(0, end);
	}

	private static void add(Map<String, FoundIndicator> found, FoundIndicator indicator) {
		found.putIfAbsent(indicator.type() + "|" + indicator.normalized(), indicator);
	}

	private static boolean free(BitSet taken, int start, int end) {
		int next = taken.nextSetBit(start);
		return next < 0 || next >= end;
	}

	private static void take(BitSet taken, int start, int end) {
		taken.set(start, end);
	}

	/** Arabic-Indic digits to ASCII, one char for one char so offsets stay valid. */
	static String asciiDigits(String text) {
		char[] chars = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int digit = (c >= '٠' && c <= '٩') ? c - '٠' : (c >= '۰' && c <= '۹') ? c - '۰' : -1;
			if (digit >= 0) {
				if (chars == null) {
					chars = text.toCharArray();
				}
				chars[i] = (char) ('0' + digit);
			}
		}
		return (chars != null) ? new String(chars) : text;
	}

}
