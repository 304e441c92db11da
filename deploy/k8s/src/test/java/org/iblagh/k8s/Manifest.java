package org.iblagh.k8s;

import java.nio.file.Path;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * One Kubernetes object and the file it was read from, so a problem names where to look.
 */
record Manifest(Path file, HasMetadata object) {

	String kind() {
		return this.object.getKind();
	}

	String name() {
		return this.object.getMetadata().getName();
	}

	boolean is(String kind, String name) {
		return kind().equals(kind) && name().equals(name);
	}

	@Override
	public String toString() {
		return kind() + "/" + name() + " (" + this.file.getFileName() + ")";
	}

}
