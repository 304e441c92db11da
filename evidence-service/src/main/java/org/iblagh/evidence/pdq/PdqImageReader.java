package org.iblagh.evidence.pdq;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a picture for hashing, subsampled when it is large: PDQ reduces every picture
 * to 64x64 anyway, so reading every pixel of a 12-megapixel photograph only costs time
 * and memory.
 */
public final class PdqImageReader {

	/**
	 * Smallest side kept after subsampling; well above PDQ's 64 so the filter still
	 * works.
	 */
	private static final int TARGET_SIDE = 512;

	private static final long MAX_DECODED_PIXELS = 4_000_000;

	/**
	 * @return the decoded picture with its original size, or null when no reader knows
	 * the format
	 * @throws IOException when the data is corrupt or truncated
	 */
	public DecodedImage read(InputStream in) throws IOException {
		try (ImageInputStream stream = ImageIO.createImageInputStream(in)) {
			if (stream == null) {
				return null;
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(stream, true, true);
				java.util.List<String> warnings = new java.util.ArrayList<>();
				// a truncated JPEG decodes with a warning ("Premature end of JPEG file"),
				// not an error
				reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				int factor = Math.max(1, Math.min(width, height) / TARGET_SIDE);
				// very elongated pictures: bound the decoded pixels as well
				// (decompression bombs)
				while ((long) (width / factor) * (height / factor) > MAX_DECODED_PIXELS) {
					factor++;
				}
				ImageReadParam param = reader.getDefaultReadParam();
				if (factor > 1) {
					param.setSourceSubsampling(factor, factor, 0, 0);
				}
				BufferedImage image = reader.read(0, param);
				return new DecodedImage(image, width, height, reader.getFormatName(), !warnings.isEmpty());
			}
			catch (RuntimeException ex) {
				// some decoders throw unchecked exceptions on damaged data
				throw new IOException("Undecodable picture: " + ex.getClass().getSimpleName(), ex);
			}
			finally {
				reader.dispose();
			}
		}
	}

	/** A decoded (possibly subsampled) picture and the size of the original. */
	public record DecodedImage(BufferedImage image, int width, int height, String format, boolean damaged) {
	}

}
