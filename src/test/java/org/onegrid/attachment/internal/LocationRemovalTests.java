package org.onegrid.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.onegrid.attachment.TestPhotos;

class LocationRemovalTests {

	@Test
	void removesTheGpsIfdOfABigEndianJpegAndKeepsTheRestOfItsExif() throws IOException {
		byte[] original = TestPhotos.jpegWithGps(ByteOrder.BIG_ENDIAN);
		assertThat(TestPhotos.exifTags(original)).containsExactly(0x010F, 0x8825);

		byte[] stripped = LocationRemoval.strip(FileType.JPEG, original);

		assertThat(TestPhotos.exifTags(stripped)).containsExactly(0x010F);
		assertThat(TestPhotos.contains(stripped, TestPhotos.LATITUDE_SECONDS)).isFalse();
		assertThat(TestPhotos.contains(stripped, TestPhotos.LONGITUDE_SECONDS)).isFalse();
		assertThat(TestPhotos.contains(stripped, TestPhotos.MAKER.getBytes(StandardCharsets.ISO_8859_1))).isTrue();
		assertThat(stripped).hasSameSizeAs(original);
		assertSamePicture(original, stripped);
	}

	@Test
	void removesTheGpsIfdOfALittleEndianJpeg() throws IOException {
		byte[] original = TestPhotos.jpegWithGps(ByteOrder.LITTLE_ENDIAN);

		byte[] stripped = LocationRemoval.strip(FileType.JPEG, original);

		assertThat(TestPhotos.exifTags(stripped)).containsExactly(0x010F);
		assertThat(TestPhotos.contains(stripped, reversed(TestPhotos.LATITUDE_SECONDS))).isFalse();
		assertThat(TestPhotos.contains(original, reversed(TestPhotos.LATITUDE_SECONDS))).isTrue();
		assertSamePicture(original, stripped);
	}

	@Test
	void leavesTheInputUntouched() {
		byte[] original = TestPhotos.jpegWithGps(ByteOrder.BIG_ENDIAN);
		byte[] copy = original.clone();

		LocationRemoval.strip(FileType.JPEG, original);

		assertThat(original).isEqualTo(copy);
	}

	@Test
	void dropsXmpSegmentsThatMayRepeatThePosition() throws IOException {
		byte[] original = TestPhotos.jpegWithXmp();

		byte[] stripped = LocationRemoval.strip(FileType.JPEG, original);

		assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude");
		assertSamePicture(original, stripped);
	}

	@Test
	void dropsAnExifSegmentTooDamagedToRead() throws IOException {
		byte[] exif = TestPhotos.exifWithGps(ByteOrder.BIG_ENDIAN);
		ByteBuffer.wrap(exif).putInt(4, 100_000);
		byte[] original = withApp1(exif);

		byte[] stripped = LocationRemoval.strip(FileType.JPEG, original);

		assertThat(TestPhotos.exifTags(stripped)).isEmpty();
		assertThat(TestPhotos.contains(stripped, TestPhotos.LATITUDE_SECONDS)).isFalse();
		assertSamePicture(original, stripped);
	}

	@Test
	void refusesAJpegCutShortBeforeItsImageData() {
		byte[] original = TestPhotos.jpegWithGps(ByteOrder.BIG_ENDIAN);

		assertThatThrownBy(() -> LocationRemoval.strip(FileType.JPEG, Arrays.copyOf(original, 40)))
			.isInstanceOf(MalformedFileException.class);
	}

	@Test
	void wipesTheGpsOfAPngExifChunkAndKeepsItsChecksumRight() throws IOException {
		byte[] png = TestPhotos.encoded("png");
		byte[] exif = TestPhotos.exifWithGps(ByteOrder.BIG_ENDIAN);
		byte[] original = insertChunk(png, "eXIf", exif);

		byte[] stripped = LocationRemoval.strip(FileType.PNG, original);

		assertThat(TestPhotos.contains(stripped, TestPhotos.LATITUDE_SECONDS)).isFalse();
		assertThat(TestPhotos.contains(stripped, TestPhotos.MAKER.getBytes(StandardCharsets.ISO_8859_1))).isTrue();
		int at = indexOf(stripped, "eXIf".getBytes(StandardCharsets.ISO_8859_1));
		CRC32 crc = new CRC32();
		crc.update(stripped, at, 4 + exif.length);
		assertThat(ByteBuffer.wrap(stripped, at + 4 + exif.length, 4).getInt()).isEqualTo((int) crc.getValue());
		assertSamePicture(original, stripped);
	}

	@Test
	void keepsAPngWithoutMetadataByteForByte() {
		byte[] png = TestPhotos.encoded("png");

		assertThat(LocationRemoval.strip(FileType.PNG, png)).isEqualTo(png);
	}

	@Test
	void wipesTheGpsOfAWebpExifChunkInPlace() {
		byte[] exif = TestPhotos.exifWithGps(ByteOrder.LITTLE_ENDIAN);
		ByteBuffer webp = ByteBuffer.allocate(12 + 8 + exif.length + 8 + 4).order(ByteOrder.LITTLE_ENDIAN);
		webp.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(webp.capacity() - 8)
			.put("WEBP".getBytes(StandardCharsets.ISO_8859_1));
		webp.put("EXIF".getBytes(StandardCharsets.ISO_8859_1)).putInt(exif.length).put(exif);
		webp.put("XMP ".getBytes(StandardCharsets.ISO_8859_1)).putInt(4).put("GPS!".getBytes(StandardCharsets.ISO_8859_1));
		byte[] original = webp.array();

		byte[] stripped = LocationRemoval.strip(FileType.WEBP, original);

		assertThat(stripped).hasSameSizeAs(original);
		assertThat(TestPhotos.contains(stripped, reversed(TestPhotos.LATITUDE_SECONDS))).isFalse();
		assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("GPS!").contains(TestPhotos.MAKER);
	}

	@Test
	void wipesTheGpsOfAHeicExifItemInPlace() {
		byte[] original = heicWithExif(1);
		assertThat(FileType.sniff(original)).contains(FileType.HEIC);

		byte[] stripped = LocationRemoval.strip(FileType.HEIC, original);

		assertThat(stripped).hasSameSizeAs(original);
		assertThat(TestPhotos.contains(original, TestPhotos.LATITUDE_SECONDS)).isTrue();
		assertThat(TestPhotos.contains(stripped, TestPhotos.LATITUDE_SECONDS)).isFalse();
		assertThat(TestPhotos.contains(stripped, TestPhotos.LONGITUDE_SECONDS)).isFalse();
		assertThat(TestPhotos.contains(stripped, TestPhotos.MAKER.getBytes(StandardCharsets.ISO_8859_1))).isTrue();
		assertThat(Arrays.copyOf(stripped, 142)).isEqualTo(Arrays.copyOf(original, 142));
	}

	@Test
	void refusesAHeicWhoseExifItemIsStoredInPieces() {
		assertThatThrownBy(() -> LocationRemoval.strip(FileType.HEIC, heicWithExif(2)))
			.isInstanceOf(MalformedFileException.class);
	}

	@Test
	void recognisesFilesByTheirSignatureOnly() {
		assertThat(FileType.sniff(TestPhotos.encoded("jpg"))).contains(FileType.JPEG);
		assertThat(FileType.sniff(TestPhotos.encoded("png"))).contains(FileType.PNG);
		assertThat(FileType.sniff("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1))).contains(FileType.PDF);
		assertThat(FileType.sniff(bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'))).contains(FileType.HEIC);
		assertThat(FileType.sniff(bytes('R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'))).contains(FileType.WEBP);
		assertThat(FileType.sniff(TestPhotos.encoded("gif"))).isEmpty();
		assertThat(FileType.sniff("<html>photo.jpg</html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(FileType.sniff(new byte[0])).isEmpty();
	}

	private static void assertSamePicture(byte[] original, byte[] stripped) throws IOException {
		BufferedImage before = ImageIO.read(new ByteArrayInputStream(original));
		BufferedImage after = ImageIO.read(new ByteArrayInputStream(stripped));
		assertThat(after).isNotNull();
		assertThat(after.getWidth()).isEqualTo(before.getWidth());
		assertThat(after.getHeight()).isEqualTo(before.getHeight());
		for (int y = 0; y < before.getHeight(); y++) {
			for (int x = 0; x < before.getWidth(); x++) {
				assertThat(after.getRGB(x, y)).isEqualTo(before.getRGB(x, y));
			}
		}
	}

	/**
	 * A HEIF file reduced to its metadata: ftyp, a meta box (hdlr, iinf with one Exif item, iloc locating it in
	 * {@code extents} pieces) and the mdat holding the Exif item.
	 */
	private static byte[] heicWithExif(int extents) {
		byte[] tiff = TestPhotos.exifWithGps(ByteOrder.BIG_ENDIAN);
		int item = 4 + 6 + tiff.length;
		int ilocSize = 8 + 4 + 2 + 2 + 2 + 2 + 2 + 8 * extents;
		int metaSize = 8 + 4 + 33 + 35 + ilocSize;
		int itemOffset = 24 + metaSize + 8;
		ByteBuffer b = ByteBuffer.allocate(itemOffset + item);
		b.putInt(24).put(ascii("ftypheic")).putInt(0).put(ascii("mif1heic"));
		b.putInt(metaSize).put(ascii("meta")).putInt(0);
		b.putInt(33).put(ascii("hdlr")).putInt(0).putInt(0).put(ascii("pict")).put(new byte[13]);
		b.putInt(35).put(ascii("iinf")).putInt(0).putShort((short) 1);
		b.putInt(21).put(ascii("infe")).put((byte) 2).put(new byte[3]).putShort((short) 1).putShort((short) 0)
			.put(ascii("Exif")).put((byte) 0);
		b.putInt(ilocSize).put(ascii("iloc")).putInt(0).put((byte) 0x44).put((byte) 0).putShort((short) 1);
		b.putShort((short) 1).putShort((short) 0).putShort((short) extents);
		int piece = item / extents;
		for (int i = 0; i < extents; i++) {
			b.putInt(itemOffset + i * piece).putInt(i == extents - 1 ? item - i * piece : piece);
		}
		b.putInt(8 + item).put(ascii("mdat"));
		b.putInt(6).put(ascii("Exif")).put(new byte[2]).put(tiff);
		return b.array();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] withApp1(byte[] tiff) {
		byte[] plain = TestPhotos.encoded("jpg");
		byte[] payload = new byte[6 + tiff.length];
		System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, payload, 0, 6);
		System.arraycopy(tiff, 0, payload, 6, tiff.length);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write((payload.length + 2) >> 8);
		out.write((payload.length + 2) & 0xFF);
		out.writeBytes(payload);
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	private static byte[] insertChunk(byte[] png, String type, byte[] data) {
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
		CRC32 crc = new CRC32();
		crc.update(chunk.array(), 4, 4 + data.length);
		chunk.putInt((int) crc.getValue());
		int afterHeader = 8 + 12 + 13;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, afterHeader);
		out.writeBytes(chunk.array());
		out.write(png, afterHeader, png.length - afterHeader);
		return out.toByteArray();
	}

	private static int indexOf(byte[] bytes, byte[] part) {
		for (int i = 0; i + part.length <= bytes.length; i++) {
			if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
				return i;
			}
		}
		return -1;
	}

	private static byte[] reversed(byte[] bytes) {
		byte[] result = new byte[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			result[i] = bytes[bytes.length - 1 - i];
		}
		return result;
	}

	private static byte[] bytes(int... values) {
		byte[] result = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = (byte) values[i];
		}
		return result;
	}
}
