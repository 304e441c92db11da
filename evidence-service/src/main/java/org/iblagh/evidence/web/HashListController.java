package org.iblagh.evidence.web;

import java.util.Map;

import org.iblagh.evidence.securing.HashLists;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reloads the hash lists at once (they are also reloaded when their files change).
 */
@RestController
class HashListController {

	private final HashLists hashLists;

	HashListController(HashLists hashLists) {
		this.hashLists = hashLists;
	}

	@PostMapping("/api/v1/hash-lists/reload")
	Map<String, Object> reload() {
		return Map.of("entries", this.hashLists.reload());
	}

}
