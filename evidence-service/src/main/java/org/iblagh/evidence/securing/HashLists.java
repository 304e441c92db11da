package org.iblagh.evidence.securing;

import java.nio.file.Path;

import org.iblagh.evidence.hashlist.HashList;
import org.iblagh.evidence.hashlist.HashListFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hash lists in force: loaded at start, reloaded when a file in the folder changes
 * (or on request), swapped atomically so securing always sees one whole list.
 */
public class HashLists {

	private static final Logger log = LoggerFactory.getLogger(HashLists.class);

	private final Path folder;

	private final int pdqThreshold;

	private volatile HashList current = HashList.empty();

	private volatile long loadedVersion = -1;

	public HashLists(Path folder, int pdqThreshold) {
		this.folder = folder;
		this.pdqThreshold = pdqThreshold;
		reload();
	}

	public HashList current() {
		return this.current;
	}

	/**
	 * @return the number of entries now in force
	 */
	public synchronized int reload() {
		long version = HashListFiles.lastModified(this.folder);
		this.current = HashListFiles.load(this.folder, this.pdqThreshold);
		this.loadedVersion = version;
		log.info("Hash lists loaded: {} entries", this.current.size());
		return this.current.size();
	}

	public void reloadIfChanged() {
		if (HashListFiles.lastModified(this.folder) != this.loadedVersion) {
			reload();
		}
	}

}
