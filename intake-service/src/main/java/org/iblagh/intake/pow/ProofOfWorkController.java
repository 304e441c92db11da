package org.iblagh.intake.pow;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProofOfWorkController {

	private final ProofOfWork proofOfWork;

	ProofOfWorkController(ProofOfWork proofOfWork) {
		this.proofOfWork = proofOfWork;
	}

	@PostMapping("/api/v1/challenges")
	@ResponseStatus(HttpStatus.CREATED)
	ProofOfWork.Challenge issue() {
		return this.proofOfWork.issue();
	}

}
