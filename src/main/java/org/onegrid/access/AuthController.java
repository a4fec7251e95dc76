package org.onegrid.access;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signing in and out, the caller's own account, and personal API tokens.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Access", description = "登录、令牌 / Sign-in, sessions and API tokens")
class AuthController {

	private final SignIn signIn;

	private final ApiTokenIssuer tokens;

	private final AccountDirectory accounts;

	private final SecurityContextRepository contexts;

	private final ServedGrids servedGrids;

	private final Clock clock;

	AuthController(SignIn signIn, ApiTokenIssuer tokens, AccountDirectory accounts,
			SecurityContextRepository contexts, ServedGrids servedGrids, Clock clock) {
		this.clock = clock;
		this.servedGrids = servedGrids;
		this.signIn = signIn;
		this.tokens = tokens;
		this.accounts = accounts;
		this.contexts = contexts;
	}

	/** Credentials. */
	record Credentials(String username, String password) {
	}

	/** A token to make. */
	record TokenRequest(String name, Integer days) {
	}

	/** A password change. */
	record PasswordChange(String currentPassword, String newPassword) {
	}

	@Operation(summary = "Sign in: starts a session (cookie); send the XSRF-TOKEN cookie back as X-XSRF-TOKEN")
	@PostMapping("/login")
	@RateLimited
	@Allow(value = Allow.ANYONE, scope = AccessScope.OWN, audit = AuditClass.ACCOUNT)
	Caller login(@RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
		Caller caller = signIn.authenticate(credentials.username(), credentials.password());
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(SecurityConfiguration.authenticated(caller));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		AccountStanding.signedIn(request, clock.instant());
		return caller;
	}

	@Operation(summary = "Sets the XSRF-TOKEN cookie a page sends back as X-XSRF-TOKEN with its first change")
	@GetMapping("/csrf")
	@Allow(value = Allow.ANYONE, scope = AccessScope.OWN)
	ResponseEntity<Void> csrf() {
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Sign out: ends the session")
	@PostMapping("/logout")
	@Allow(value = Allow.ANYONE, scope = AccessScope.OWN, audit = AuditClass.ACCOUNT)
	ResponseEntity<Void> logout(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Who is signed in, and the grids they serve with their post in each")
	@GetMapping("/me")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.OWN)
	Me me() {
		return servedGrids.describe(CurrentCaller.require());
	}

	@Operation(summary = "Change your own password: your other sessions end and your API tokens are revoked")
	@PostMapping("/password")
	@RateLimited
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.OWN, audit = AuditClass.ACCOUNT)
	ResponseEntity<Void> changePassword(@RequestBody PasswordChange change, HttpServletRequest request) {
		Caller caller = CurrentCaller.require();
		signIn.authenticate(caller.username(), change.currentPassword());
		accounts.setPassword(caller.accountId(), change.newPassword(), caller.username());
		if (request.getSession(false) != null) {
			AccountStanding.signedIn(request, clock.instant());
		}
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Your API tokens (without their secrets)")
	@GetMapping("/tokens")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.OWN)
	List<ApiToken> myTokens() {
		return tokens.of(CurrentCaller.require());
	}

	@Operation(summary = "Make an API token; the secret is in this answer only")
	@PostMapping("/tokens")
	@RateLimited
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.OWN, audit = AuditClass.ACCOUNT)
	ApiTokenIssuer.IssuedToken issue(@RequestBody TokenRequest request) {
		return tokens.issue(CurrentCaller.require(), request.name(), request.days());
	}

	@Operation(summary = "Revoke one of your API tokens; it stops working at once")
	@DeleteMapping("/tokens/{id}")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.OWN, audit = AuditClass.ACCOUNT)
	ResponseEntity<Void> revoke(@PathVariable long id) {
		tokens.revoke(CurrentCaller.require(), id);
		return ResponseEntity.noContent().build();
	}
}
