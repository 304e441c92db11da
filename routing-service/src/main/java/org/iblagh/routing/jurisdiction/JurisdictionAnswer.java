package org.iblagh.routing.jurisdiction;

import java.util.List;

import org.iblagh.contracts.OffenceClass;

/** Where a report goes, with why; or why the place must be asked for. */
public sealed interface JurisdictionAnswer {

	List<Basis> basis();

	/**
	 * @param offenceClass the class applied (given or derived)
	 * @param provinceCode the resolved province, null when the place did not matter
	 * @param inferred true when the answer relies on a mapping the data marks as not
	 * verified
	 */
	record Routed(OfficeRef policeUnit, OfficeRef prosecutorOffice, OffenceClass offenceClass, String provinceCode,
			boolean inferred, List<Basis> basis) implements JurisdictionAnswer {

		public Routed {
			basis = List.copyOf(basis);
		}

	}

	/** The place is unknown: never a silent default. */
	record UnresolvedPlace(String reason, List<String> suggestions, List<Basis> basis) implements JurisdictionAnswer {

		public UnresolvedPlace {
			suggestions = List.copyOf(suggestions);
			basis = List.copyOf(basis);
		}

	}

}
