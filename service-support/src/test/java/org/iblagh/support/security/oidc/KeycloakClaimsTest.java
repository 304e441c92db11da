package org.iblagh.support.security.oidc;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakClaimsTest {

	@Test
	void realmRolesFromRealmAccessAndFlatRolesClaim() {
		Map<String, Object> claims = Map.of("sub", "u1", "preferred_username", "amina", "realm_access",
				Map.of("roles", List.of("ANALYST", "offline_access")), "roles", List.of("SUPERVISOR"));
		assertThat(KeycloakClaims.authorities(claims)).containsExactlyInAnyOrder("ROLE_ANALYST", "ROLE_SUPERVISOR");
		assertThat(KeycloakClaims.principalName(claims)).isEqualTo("amina");
	}

	@Test
	void officeTokenIsNamedByItsOfficeGroup() {
		Map<String, Object> claims = Map.of("sub", "sa", "preferred_username", "service-account-office-tpi-rabat",
				"realm_access", Map.of("roles", List.of("OFFICE")), "groups", List.of("/offices/TPI-RABAT"));
		assertThat(KeycloakClaims.authorities(claims)).containsExactly("ROLE_OFFICE");
		assertThat(KeycloakClaims.principalName(claims)).isEqualTo("TPI-RABAT");
	}

	@Test
	void officeRoleWithoutExactlyOneOfficeGrantsNothing() {
		Map<String, Object> none = Map.of("sub", "x", "roles", List.of("OFFICE"));
		Map<String, Object> two = Map.of("sub", "x", "roles", List.of("OFFICE"), "groups",
				List.of("/offices/TPI-RABAT", "/offices/CA-RABAT"));
		assertThat(KeycloakClaims.authorities(none)).isEmpty();
		assertThat(KeycloakClaims.authorities(two)).isEmpty();
		assertThat(KeycloakClaims.principalName(two)).isEqualTo("x");
	}

	@Test
	void officeClaimCountsAndMalformedOfficeIdsDoNot() {
		assertThat(KeycloakClaims.office(Map.of("office", "CA-RABAT"))).contains("CA-RABAT");
		assertThat(KeycloakClaims.office(Map.of("groups", List.of("/offices/../admin")))).isEmpty();
		assertThat(KeycloakClaims.office(Map.of("groups", List.of("/other/TPI-RABAT")))).isEmpty();
	}

	@Test
	void unknownRealmRolesAreIgnored() {
		assertThat(KeycloakClaims.authorities(Map.of("sub", "x", "roles", List.of("admin", "uma_authorization"))))
			.isEmpty();
	}

}
