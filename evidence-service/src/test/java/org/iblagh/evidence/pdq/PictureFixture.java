package org.iblagh.evidence.pdq;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Pictures drawn with Java2D (gradients, shapes, text, noise), each different from the
 * others by its seed, and the everyday transformations a shared picture goes through.
 */
public final class PictureFixture {

	private PictureFixture() {
	}

	public static BufferedImage picture(long seed, int width, int height) {
		Random random = new Random(seed);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(
				new GradientPaint(0, 0, randomColor(random), width * random.nextFloat(), height, randomColor(random)));
		g.fillRect(0, 0, width, height);
		for (int i = 0; i < 12; i++) {
			g.setColor(randomColor(random));
			int x = random.nextInt(width);
			int y = random.nextInt(height);
			int w = width / 8 + random.nextInt(width / 3);
			int h = height / 8 + random.nextInt(height / 3);
			switch (random.nextInt(3)) {
				case 0 -> g.fillOval(x - w / 2, y - h / 2, w, h);
				case 1 -> g.fillRect(x - w / 2, y - h / 2, w, h);
				default -> {
					g.setStroke(new BasicStroke(Math.max(2, width / 60f)));
					g.drawLine(x, y, random.nextInt(width), random.nextInt(height));
				}
			}
		}
		g.setColor(randomColor(random));
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, height / 8)));
		g.drawString("Iblagh " + seed, width / 10, height / 2);
		g.dispose();
		// sensor-like noise, small enough not to change the picture's structure
		for (int y = 0; y < height; y += 2) {
			for (int x = 0; x < width; x += 2) {
				int rgb = image.getRGB(x, y);
				int n = random.nextInt(21) - 10;
				image.setRGB(x, y, (clamp(((rgb >> 16) & 0xff) + n) << 16) | (clamp(((rgb >> 8) & 0xff) + n) << 8)
						| clamp((rgb & 0xff) + n));
			}
		}
		return image;
	}

	public static BufferedImage resized(BufferedImage image, double factor) {
		int w = (int) (image.getWidth() * factor);
		int h = (int) (image.getHeight() * factor);
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, w, h, null);
		g.dispose();
		return out;
	}

	public static BufferedImage cropped(BufferedImage image, double fractionPerSide) {
		int dx = (int) (image.getWidth() * fractionPerSide);
		int dy = (int) (image.getHeight() * fractionPerSide);
		BufferedImage out = new BufferedImage(image.getWidth() - 2 * dx, image.getHeight() - 2 * dy,
				BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.drawImage(image, -dx, -dy, null);
		g.dispose();
		return out;
	}

	public static byte[] jpeg(BufferedImage image, float quality) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
				writer.setOutput(out);
				writer.write(null, new IIOImage(image, null, null), param);
			}
			writer.dispose();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(image, "png", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static BufferedImage decode(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Color randomColor(Random random) {
		return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}

}
