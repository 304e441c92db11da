package org.iblagh.evidence.pdq;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * The PDQ algorithm as published by Facebook's ThreatExchange: luminance, a two-pass
 * Jarosz (tent) filter, decimation to 64x64, a 16x16 two-dimensional DCT without the DC
 * row and column, and one bit per coefficient above the median.
 */
public final class PdqHasher {

	private static final int DOWNSAMPLE = 64;

	private static final int DCT = 16;

	private static final int JAROSZ_PASSES = 2;

	private static final float[][] DCT_MATRIX = dctMatrix();

	public PdqResult hash(BufferedImage image) {
		int rows = image.getHeight();
		int cols = image.getWidth();
		return hashLuma(luminance(image), rows, cols);
	}

	/**
	 * @param luma row-major luminance values 0..255, overwritten
	 */
	public PdqResult hashLuma(float[] luma, int rows, int cols) {
		float[] scratch = new float[luma.length];
		int windowAlongRows = jaroszWindow(cols);
		int windowAlongCols = jaroszWindow(rows);
		for (int pass = 0; pass < JAROSZ_PASSES; pass++) {
			boxAlongRows(luma, scratch, rows, cols, windowAlongRows);
			boxAlongCols(scratch, luma, rows, cols, windowAlongCols);
		}
		float[][] small = decimate(luma, rows, cols);
		int quality = quality(small);
		float[][] dct = dct16(small);
		float median = median(dct);
		int[] words = new int[16];
		for (int i = 0; i < DCT; i++) {
			for (int j = 0; j < DCT; j++) {
				if (dct[i][j] > median) {
					int bit = i * DCT + j;
					words[bit >> 4] |= 1 << (bit & 15);
				}
			}
		}
		return new PdqResult(new PdqHash(words), quality);
	}

	static float[] luminance(BufferedImage image) {
		int w = image.getWidth();
		int h = image.getHeight();
		float[] luma = new float[w * h];
		int type = image.getType();
		if (type == BufferedImage.TYPE_3BYTE_BGR && image.getRaster().getDataBuffer() instanceof DataBufferByte db
				&& image.getRaster().getNumDataElements() == 3 && isWholeRaster(image)) {
			byte[] data = db.getData();
			for (int p = 0, i = 0; p < luma.length; p++, i += 3) {
				luma[p] = luma(data[i + 2] & 0xff, data[i + 1] & 0xff, data[i] & 0xff);
			}
			return luma;
		}
		if (type == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getDataBuffer() instanceof DataBufferByte db
				&& isWholeRaster(image)) {
			byte[] data = db.getData();
			for (int p = 0; p < luma.length; p++) {
				luma[p] = data[p] & 0xff;
			}
			return luma;
		}
		if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
				&& image.getRaster().getDataBuffer() instanceof DataBufferInt db && isWholeRaster(image)) {
			int[] data = db.getData();
			for (int p = 0; p < luma.length; p++) {
				int rgb = data[p];
				luma[p] = luma((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
			}
			return luma;
		}
		int[] row = new int[w];
		for (int y = 0; y < h; y++) {
			image.getRGB(0, y, w, 1, row, 0, w);
			for (int x = 0; x < w; x++) {
				int rgb = row[x];
				luma[y * w + x] = luma((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
			}
		}
		return luma;
	}

	private static boolean isWholeRaster(BufferedImage image) {
		return image.getRaster().getParent() == null && image.getRaster().getSampleModelTranslateX() == 0
				&& image.getRaster().getSampleModelTranslateY() == 0;
	}

	private static float luma(int r, int g, int b) {
		return 0.299f * r + 0.587f * g + 0.114f * b;
	}

	static int jaroszWindow(int oldDimension) {
		return (oldDimension + 2 * DOWNSAMPLE - 1) / (2 * DOWNSAMPLE);
	}

	private static void boxAlongRows(float[] in, float[] out, int rows, int cols, int window) {
		for (int i = 0; i < rows; i++) {
			box1d(in, i * cols, out, i * cols, cols, 1, window);
		}
	}

	private static void boxAlongCols(float[] in, float[] out, int rows, int cols, int window) {
		for (int j = 0; j < cols; j++) {
			box1d(in, j, out, j, rows, cols, window);
		}
	}

	/**
	 * The reference's box filter: a centred running mean with shrinking windows at the
	 * ends.
	 */
	private static void box1d(float[] in, int inStart, float[] out, int outStart, int length, int stride, int window) {
		int half = (window + 2) / 2;
		int phase1 = half - 1;
		int phase2 = window - half + 1;
		int phase3 = length - window;
		int phase4 = half - 1;
		int li = inStart;
		int ri = inStart;
		int oi = outStart;
		float sum = 0;
		int current = 0;
		for (int i = 0; i < phase1; i++) {
			sum += in[ri];
			current++;
			ri += stride;
		}
		for (int i = 0; i < phase2; i++) {
			sum += in[ri];
			current++;
			out[oi] = sum / current;
			ri += stride;
			oi += stride;
		}
		for (int i = 0; i < phase3; i++) {
			sum += in[ri];
			sum -= in[li];
			out[oi] = sum / current;
			li += stride;
			ri += stride;
			oi += stride;
		}
		for (int i = 0; i < phase4; i++) {
			sum -= in[li];
			current--;
			out[oi] = sum / current;
			li += stride;
			oi += stride;
		}
	}

	private static float[][] decimate(float[] in, int rows, int cols) {
		float[][] out = new float[DOWNSAMPLE][DOWNSAMPLE];
		for (int i = 0; i < DOWNSAMPLE; i++) {
			int ini = (int) (((i + 0.5) * rows) / DOWNSAMPLE);
			for (int j = 0; j < DOWNSAMPLE; j++) {
				int inj = (int) (((j + 0.5) * cols) / DOWNSAMPLE);
				out[i][j] = in[ini * cols + inj];
			}
		}
		return out;
	}

	private static int quality(float[][] small) {
		int gradientSum = 0;
		for (int i = 0; i < DOWNSAMPLE - 1; i++) {
			for (int j = 0; j < DOWNSAMPLE; j++) {
				gradientSum += Math.abs((int) ((small[i][j] - small[i + 1][j]) * 100 / 255));
			}
		}
		for (int i = 0; i < DOWNSAMPLE; i++) {
			for (int j = 0; j < DOWNSAMPLE - 1; j++) {
				gradientSum += Math.abs((int) ((small[i][j] - small[i][j + 1]) * 100 / 255));
			}
		}
		return Math.min(100, gradientSum / 90);
	}

	private static float[][] dctMatrix() {
		float[][] matrix = new float[DCT][DOWNSAMPLE];
		double scale = Math.sqrt(2.0 / DOWNSAMPLE);
		for (int i = 0; i < DCT; i++) {
			for (int j = 0; j < DOWNSAMPLE; j++) {
				matrix[i][j] = (float) (scale * Math.cos((Math.PI / 2 / DOWNSAMPLE) * (i + 1) * (2 * j + 1)));
			}
		}
		return matrix;
	}

	/** D * B * D^T with D the 16x64 DCT matrix. */
	private static float[][] dct16(float[][] b) {
		float[][] t = new float[DCT][DOWNSAMPLE];
		for (int i = 0; i < DCT; i++) {
			for (int j = 0; j < DOWNSAMPLE; j++) {
				float sum = 0;
				for (int k = 0; k < DOWNSAMPLE; k++) {
					sum += DCT_MATRIX[i][k] * b[k][j];
				}
				t[i][j] = sum;
			}
		}
		float[][] out = new float[DCT][DCT];
		for (int i = 0; i < DCT; i++) {
			for (int j = 0; j < DCT; j++) {
				float sum = 0;
				for (int k = 0; k < DOWNSAMPLE; k++) {
					sum += t[i][k] * DCT_MATRIX[j][k];
				}
				out[i][j] = sum;
			}
		}
		return out;
	}

	private static float median(float[][] values) {
		float[] flat = new float[DCT * DCT];
		for (int i = 0; i < DCT; i++) {
			System.arraycopy(values[i], 0, flat, i * DCT, DCT);
		}
		java.util.Arrays.sort(flat);
		// the reference's Torben median returns the lower middle for an even count
		return flat[flat.length / 2 - 1];
	}

}
