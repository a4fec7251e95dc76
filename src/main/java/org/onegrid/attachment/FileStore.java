package org.onegrid.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachment bytes are kept, by key. A file is either wholly stored or absent: {@link #put} never leaves part
 * of a file under its key. Today's one implementation is a directory ({@link DirectoryStore}); an S3-compatible
 * object store can take its place behind this interface.
 */
interface FileStore {

	/** Stores {@code bytes} under {@code key}, durably, before returning. */
	void put(String key, byte[] bytes) throws IOException;

	/** The bytes stored under {@code key}; the caller closes the stream. */
	InputStream open(String key) throws IOException;

	/** Removes what is stored under {@code key}, if anything. */
	void delete(String key) throws IOException;
}
