package org.onegrid.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Keeps attachments as files in one directory, spread over subdirectories by the first two characters of their key.
 * A file is written to a temporary name in the same directory, forced to disk and then renamed atomically, so a
 * reader sees either the whole file or none, even after a crash.
 */
final class DirectoryStore implements FileStore {

	private final Path root;

	DirectoryStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, byte[] bytes) throws IOException {
		Path target = pathOf(key);
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(pathOf(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(pathOf(key));
	}

	private Path pathOf(String key) {
		if (!key.matches("[0-9a-f-]{8,64}")) {
			throw new IllegalArgumentException("not a store key: " + key);
		}
		return root.resolve(key.substring(0, 2)).resolve(key);
	}
}
