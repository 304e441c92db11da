package org.iblagh.evidence.securing;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Thumbnails and strongly blurred previews: the console shows the blurred preview first
 * so an investigator sees the worst content only after an explicit reveal.
 */
final class DerivedImages {

	private static final int THUMBNAIL_SIDE = 256;

	private static final int PREVIEW_SIDE = 480;

	/**
	 * Shrinking this far and back destroys every detail while keeping colours and layout.
	 */
	private static final int BLUR_SIDE = 20;

	private DerivedImages() {
	}

	static byte[] thumbnail(BufferedImage image) {
		return jpeg(scaled(image, THUMBNAIL_SIDE));
	}

	static byte[] blurredPreview(BufferedImage image) {
		BufferedImage tiny = scaled(scaled(image, 4 * BLUR_SIDE), BLUR_SIDE);
		BufferedImage preview = new BufferedImage(
				Math.max(1, PREVIEW_SIDE * tiny.getWidth() / Math.max(tiny.getWidth(), tiny.getHeight())),
				Math.max(1, PREVIEW_SIDE * tiny.getHeight() / Math.max(tiny.getWidth(), tiny.getHeight())),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D g = preview.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.drawImage(tiny, 0, 0, preview.getWidth(), preview.getHeight(), null);
		g.dispose();
		return jpeg(preview);
	}

	private static BufferedImage scaled(BufferedImage image, int maxSide) {
		double factor = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
		int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.drawImage(image, 0, 0, w, h, null);
		g.dispose();
		return out;
	}

	private static byte[] jpeg(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "jpeg", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
