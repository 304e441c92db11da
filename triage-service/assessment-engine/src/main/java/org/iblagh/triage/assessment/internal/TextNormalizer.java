package org.iblagh.triage.assessment.internal;

/**
 * Folds the spelling variants citizens use so that one lexicon entry matches them all:
 * case, Latin accents, Arabic diacritics, tatweel, alef/ya/ta-marbuta/hamza-seat
 * variants, Persian/Maghrebi letter forms and Arabic-Indic digits. Arabizi (Latin Darija
 * with 2/3/5/7/8/9 as letters) is folded further by {@link #arabiziKey(String)}.
 */
public final class TextNormalizer {

	private static final char[] LATIN_FOLD = new char[0x250];

	static {
		for (char c = 0; c < LATIN_FOLD.length; c++) {
			LATIN_FOLD[c] = Character.toLowerCase(c);
		}
		fold("àáâãäåāą", 'a');
		fold("çćč", 'c');
		fold("èéêëēėę", 'e');
		fold("ìíîïī", 'i');
		fold("ñń", 'n');
		fold("òóôõöøō", 'o');
		fold("ùúûüū", 'u');
		fold("ýÿ", 'y');
		fold("ğ", 'g');
		fold("šś", 's');
		fold("žź", 'z');
	}

	private TextNormalizer() {
	}

	private static void fold(String chars, char to) {
		for (char c : chars.toCharArray()) {
			LATIN_FOLD[c] = to;
			LATIN_FOLD[Character.toUpperCase(c)] = to;
		}
	}

	/**
	 * The normalised text: same length semantics are not kept (ligatures expand, marks
	 * vanish).
	 */
	public static String normalize(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < LATIN_FOLD.length) {
				switch (c) {
					case 'œ', 'Œ' -> out.append("oe");
					case 'æ', 'Æ' -> out.append("ae");
					case 'ß' -> out.append("ss");
					case '’', '`', '´' -> out.append('\'');
					default -> out.append(LATIN_FOLD[c]);
				}
				continue;
			}
			if (isArabicMark(c)) {
				continue;
			}
			char folded = foldArabic(c);
			if (folded != 0) {
				out.append(folded);
			}
			else if (c == '’' || c == '‘' || c == 'ʼ') {
				out.append('\'');
			}
			else if (c >= 'Ａ' && c <= 'ｚ') {
				out.append(Character.toLowerCase((char) (c - 'Ａ' + 'A')));
			}
			else {
				out.append(Character.toLowerCase(c));
			}
		}
		return out.toString();
	}

	/** Diacritics (harakat, shadda, sukun, dagger alef), Quranic marks and tatweel. */
	static boolean isArabicMark(char c) {
		return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || (c >= '\u06D6' && c <= '\u06ED')
				|| (c >= '\u0610' && c <= '\u061A');
	}

	/** Returns the folded letter, or 0 when the character is not folded. */
	static char foldArabic(char c) {
		return switch (c) {
			case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
			case 'ى', 'ئ', 'ی' -> 'ي';
			case 'ة' -> 'ه';
			case 'ؤ' -> 'و';
			case 'ک', 'ڭ', 'گ' -> 'ك';
			case 'ڤ' -> 'ف';
			case '٠', '۰' -> '0';
			case '١', '۱' -> '1';
			case '٢', '۲' -> '2';
			case '٣', '۳' -> '3';
			case '٤', '۴' -> '4';
			case '٥', '۵' -> '5';
			case '٦', '۶' -> '6';
			case '٧', '۷' -> '7';
			case '٨', '۸' -> '8';
			case '٩', '۹' -> '9';
			case '،' -> ',';
			case '؛' -> ';';
			case '؟' -> '?';
			default -> 0;
		};
	}

	public static boolean isArabicLetter(char c) {
		return c >= '\u0621' && c <= '\u06FF' && !isArabicMark(c) && !(c >= '\u0660' && c <= '\u0669');
	}

	/**
	 * A consonant skeleton of a Latin token, so that the many ways of writing one Darija
	 * word collide: digits become the letters they stand for (7→h, 9→g, 5→kh, 8→gh, 3
	 * stays as the ayn, 2 is dropped), q/k-like and sh/ch variants merge, vowels after
	 * the first letter are dropped and doubled letters collapse. "kat9ol", "katgoul" and
	 * "katqoul" all give "ktgl".
	 */
	public static String arabiziKey(String latinToken) {
		StringBuilder mapped = new StringBuilder(latinToken.length() + 2);
		for (int i = 0; i < latinToken.length(); i++) {
			char c = latinToken.charAt(i);
			switch (c) {
				case '2' -> {
				}
				case '5' -> mapped.append("kh");
				case '7' -> mapped.append('h');
				case '8' -> mapped.append("gh");
				case '9', 'q' -> mapped.append('g');
				case 'x' -> mapped.append("kh");
				case 'c' -> {
					boolean h = i + 1 < latinToken.length() && latinToken.charAt(i + 1) == 'h';
					mapped.append(h ? 'c' : 'k');
					if (h) {
						i++;
					}
				}
				case 's' -> {
					boolean h = i + 1 < latinToken.length() && latinToken.charAt(i + 1) == 'h';
					mapped.append(h ? 'c' : 's');
					if (h) {
						i++;
					}
				}
				default -> mapped.append(c);
			}
		}
		StringBuilder key = new StringBuilder(mapped.length());
		for (int i = 0; i < mapped.length(); i++) {
			char c = mapped.charAt(i);
			boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
			if (vowel) {
				if (i == 0) {
					key.append('a');
				}
				continue;
			}
			if (key.length() > 0 && key.charAt(key.length() - 1) == c) {
				continue;
			}
			key.append(c);
		}
		return key.toString();
	}

}
