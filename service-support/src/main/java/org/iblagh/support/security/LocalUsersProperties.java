package org.iblagh.support.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users of the local profile ({@code iblagh.security.users.<name>.password/roles}).
 * Passwords are stored hashed ({@code {bcrypt}...}); production uses OIDC instead.
 */
@ConfigurationProperties("iblagh.security")
public class LocalUsersProperties {

	private Map<String, User> users = new LinkedHashMap<>();

	public Map<String, User> getUsers() {
		return this.users;
	}

	public void setUsers(Map<String, User> users) {
		this.users = users;
	}

	public static class User {

		private String password;

		private List<String> roles = List.of();

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public List<String> getRoles() {
			return this.roles;
		}

		public void setRoles(List<String> roles) {
			this.roles = roles;
		}

	}

}
