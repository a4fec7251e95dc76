package org.onegrid.attachment.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Removes the position from a HEIC (HEIF) file in place, keeping every length, so that no box or item location
 * changes: the {@code meta} box's item list names the {@code Exif} items and the XMP ({@code mime}) items, their
 * locations say where their bytes lie, and there the GPS IFD is wiped ({@link TiffGps}) and the XMP blanked with
 * spaces. An item stored in pieces, or in a way other than at a place in the file, cannot be edited safely and the
 * file is refused as damaged rather than stored with a position in it.
 */
final class HeicLocation {

	private final byte[] file;

	private HeicLocation(byte[] file) {
		this.file = file;
	}

	static byte[] strip(byte[] heic) {
		byte[] copy = heic.clone();
		new HeicLocation(copy).strip();
		return copy;
	}

	/** An item with metadata: its id and whether it is Exif (else XMP). */
	private record Item(long id, boolean exif) {
	}

	private void strip() {
		int[] meta = box(0, file.length, "meta");
		if (meta == null) {
			return;
		}
		int children = meta[0] + 4;
		int[] iinf = box(children, meta[1], "iinf");
		if (iinf == null) {
			return;
		}
		List<Item> items = items(iinf);
		if (items.isEmpty()) {
			return;
		}
		int[] iloc = box(children, meta[1], "iloc");
		if (iloc == null) {
			throw new MalformedFileException("HEIF metadata items without locations");
		}
		locate(iloc, items);
	}

	/** The first box of that type in {@code [from, to)}, as the bounds of its content, or {@code null}. */
	private int[] box(int from, int to, String type) {
		int at = from;
		while (at + 8 <= to) {
			long size = u32(at);
			int header = 8;
			if (size == 1) {
				size = u32(at + 8) << 32 | u32(at + 12);
				header = 16;
			}
			else if (size == 0) {
				size = to - at;
			}
			if (size < header || size > to - at) {
				throw new MalformedFileException("HEIF box at byte " + at + " runs past its container");
			}
			if (new String(file, at + 4, 4, StandardCharsets.ISO_8859_1).equals(type)) {
				return new int[] { at + header, at + (int) size };
			}
			at += (int) size;
		}
		return null;
	}

	private List<Item> items(int[] iinf) {
		int version = file[iinf[0]] & 0xFF;
		int at = iinf[0] + 4 + (version == 0 ? 2 : 4);
		List<Item> items = new ArrayList<>();
		while (at + 8 <= iinf[1]) {
			int[] infe = box(at, iinf[1], "infe");
			if (infe == null) {
				break;
			}
			int infeVersion = file[infe[0]] & 0xFF;
			if (infeVersion >= 2) {
				int p = infe[0] + 4;
				long id = infeVersion == 2 ? u16(p) : u32(p);
				p += (infeVersion == 2 ? 2 : 4) + 2;
				String type = ascii(p, 4);
				if (type.equals("Exif")) {
					items.add(new Item(id, true));
				}
				else if (type.equals("mime") && isXmp(text(p + 4, infe[1]))) {
					items.add(new Item(id, false));
				}
			}
			at = infe[1];
		}
		return items;
	}

	private void locate(int[] iloc, List<Item> items) {
		int version = file[iloc[0]] & 0xFF;
		int p = iloc[0] + 4;
		int offsetSize = (file[p] & 0xFF) >> 4;
		int lengthSize = file[p] & 0x0F;
		int baseSize = (file[p + 1] & 0xFF) >> 4;
		int indexSize = version == 0 ? 0 : file[p + 1] & 0x0F;
		p += 2;
		long count = version < 2 ? u16(p) : u32(p);
		p += version < 2 ? 2 : 4;
		for (long i = 0; i < count; i++) {
			long id = version < 2 ? u16(p) : u32(p);
			p += version < 2 ? 2 : 4;
			int method = 0;
			if (version > 0) {
				method = (int) (u16(p) & 0x0F);
				p += 2;
			}
			p += 2;
			long base = sized(p, baseSize);
			p += baseSize;
			int extents = (int) u16(p);
			p += 2;
			Item item = items.stream().filter(candidate -> candidate.id() == id).findFirst().orElse(null);
			if (item != null && (method != 0 || extents != 1)) {
				throw new MalformedFileException("HEIF metadata item " + id + " is not stored in one piece");
			}
			for (int e = 0; e < extents; e++) {
				p += indexSize;
				long offset = base + sized(p, offsetSize);
				p += offsetSize;
				long length = sized(p, lengthSize);
				p += lengthSize;
				if (item != null) {
					edit(item, offset, length);
				}
			}
		}
	}

	private void edit(Item item, long offset, long length) {
		if (offset < 0 || length < 0 || offset + length > file.length) {
			throw new MalformedFileException("HEIF metadata item lies outside the file");
		}
		int from = (int) offset;
		int to = (int) (offset + length);
		if (!item.exif()) {
			Arrays.fill(file, from, to, (byte) ' ');
			return;
		}
		long tiff = from + 4 + u32(from);
		if (tiff < from + 4 || tiff > to) {
			throw new MalformedFileException("HEIF Exif item without its TIFF header");
		}
		TiffGps.wipe(file, (int) tiff, to);
	}

	private long sized(int at, int size) {
		return switch (size) {
			case 0 -> 0;
			case 4 -> u32(at);
			case 8 -> u32(at) << 32 | u32(at + 4);
			default -> throw new MalformedFileException("HEIF field size " + size);
		};
	}

	private String ascii(int at, int length) {
		check(at + length);
		return new String(file, at, length, StandardCharsets.ISO_8859_1);
	}

	/** Whether a {@code mime} item's name and content type make it XMP ({@code application/rdf+xml}). */
	private static boolean isXmp(String nameAndType) {
		return nameAndType.contains("rdf+xml") || nameAndType.contains("xmp");
	}

	private String text(int from, int to) {
		return new String(file, from, Math.max(0, to - from), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
	}

	private long u16(int at) {
		check(at + 2);
		return (file[at] & 0xFF) << 8 | file[at + 1] & 0xFF;
	}

	private long u32(int at) {
		check(at + 4);
		return (file[at] & 0xFFL) << 24 | (file[at + 1] & 0xFF) << 16 | (file[at + 2] & 0xFF) << 8 | file[at + 3] & 0xFF;
	}

	private void check(long end) {
		if (end > file.length) {
			throw new MalformedFileException("HEIF structure runs past the end of the file");
		}
	}
}
