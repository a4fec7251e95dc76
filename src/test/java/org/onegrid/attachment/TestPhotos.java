package org.onegrid.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Photos made for tests, byte by byte where it matters: a JPEG written by ImageIO into which an Exif APP1 segment
 * is inserted, whose first IFD names the camera maker and points to a GPS IFD with latitude and longitude.
 */
public final class TestPhotos {

	/** The maker the Exif block names, which must survive the removal of the position. */
	public static final String MAKER = "OneGrid";

	/** The numerator of the latitude's seconds (12.3456789″), as it appears in a big-endian Exif block. */
	public static final byte[] LATITUDE_SECONDS = { 0x07, 0x5B, (byte) 0xCD, 0x15 };

	/** The numerator of the longitude's seconds (9.87654321″), as it appears in a big-endian Exif block. */
	public static final byte[] LONGITUDE_SECONDS = { 0x3A, (byte) 0xDE, 0x68, (byte) 0xB1 };

	private TestPhotos() {
	}

	/** A 32×24 picture. */
	public static BufferedImage picture() {
		BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, 32, 24);
		g.setColor(Color.BLUE);
		g.fillRect(8, 6, 16, 12);
		g.dispose();
		return image;
	}

	public static byte[] encoded(String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(picture(), format, out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A JPEG whose Exif block (in the given byte order) holds a GPS position, right after its JFIF segment. */
	public static byte[] jpegWithGps(ByteOrder order) {
		return insertAfterApp0(encoded("jpg"), segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1),
				exifWithGps(order))));
	}

	/** A JPEG with an XMP segment that repeats a position. */
	public static byte[] jpegWithXmp() {
		return insertAfterApp0(encoded("jpg"), segment(0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>"
				+ "<exif:GPSLatitude>31,2.2N</exif:GPSLatitude></x:xmpmeta>").getBytes(StandardCharsets.UTF_8)));
	}

	/** A TIFF (Exif) block: IFD0 with the maker and the GPS pointer, then the GPS IFD with its rationals. */
	public static byte[] exifWithGps(ByteOrder order) {
		ByteBuffer b = ByteBuffer.allocate(148).order(order);
		b.put(order == ByteOrder.BIG_ENDIAN ? (byte) 'M' : (byte) 'I');
		b.put(order == ByteOrder.BIG_ENDIAN ? (byte) 'M' : (byte) 'I');
		b.putShort((short) 42).putInt(8);
		b.putShort((short) 2);
		entry(b, 0x010F, 2, 8, 38);
		entry(b, 0x8825, 4, 1, 46);
		b.putInt(0);
		b.put((MAKER + "\0").getBytes(StandardCharsets.ISO_8859_1));
		b.putShort((short) 4);
		entry(b, 0x0001, 2, 2, 0);
		b.position(b.position() - 4).put(new byte[] { 'N', 0, 0, 0 });
		entry(b, 0x0002, 5, 3, 100);
		entry(b, 0x0003, 2, 2, 0);
		b.position(b.position() - 4).put(new byte[] { 'E', 0, 0, 0 });
		entry(b, 0x0004, 5, 3, 124);
		b.putInt(0);
		b.putInt(31).putInt(1).putInt(2).putInt(1).putInt(123456789).putInt(10000000);
		b.putInt(121).putInt(1).putInt(13).putInt(1).putInt(987654321).putInt(100000000);
		return b.array();
	}

	/** The tags of the first IFD of the first Exif segment of a JPEG; empty when it has none. */
	public static List<Integer> exifTags(byte[] jpeg) {
		int at = 2;
		while (at + 4 < jpeg.length && (jpeg[at] & 0xFF) == 0xFF && (jpeg[at + 1] & 0xFF) != 0xDA) {
			int length = (jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF;
			if ((jpeg[at + 1] & 0xFF) == 0xE1 && new String(jpeg, at + 4, 4, StandardCharsets.ISO_8859_1)
				.equals("Exif")) {
				return tags(ByteBuffer.wrap(jpeg, at + 10, length - 8).slice());
			}
			at += 2 + length;
		}
		return List.of();
	}

	/** Whether {@code part} occurs anywhere in {@code bytes}. */
	public static boolean contains(byte[] bytes, byte[] part) {
		outer: for (int i = 0; i + part.length <= bytes.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static List<Integer> tags(ByteBuffer tiff) {
		tiff.order(tiff.get(0) == 'M' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
		int ifd = tiff.getInt(4);
		int count = tiff.getShort(ifd) & 0xFFFF;
		List<Integer> tags = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			tags.add(tiff.getShort(ifd + 2 + 12 * i) & 0xFFFF);
		}
		return tags;
	}

	private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
		b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
	}

	static byte[] segment(int marker, byte[] payload) {
		ByteBuffer b = ByteBuffer.allocate(payload.length + 4);
		b.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
		return b.array();
	}

	private static byte[] insertAfterApp0(byte[] jpeg, byte[] segment) {
		int at = 2;
		if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
			at += 2 + ((jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, at);
		out.writeBytes(segment);
		out.write(jpeg, at, jpeg.length - at);
		return out.toByteArray();
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}
}
