package org.onegrid.access;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account administration and the audit log, for administrators.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Access")
class AccountController {

	private final AccountDirectory accounts;

	private final AuditLog audit;

	private final AuditChain chain;

	private final AccountSearch search;

	AccountController(AccountDirectory accounts, AccountSearch search, AuditLog audit, AuditChain chain) {
		this.accounts = accounts;
		this.search = search;
		this.audit = audit;
		this.chain = chain;
	}

	/** A new password. */
	record NewPassword(String password) {
	}

	@Operation(summary = "A page of accounts by username; text narrows to usernames or display names containing it")
	@GetMapping("/accounts")
	@Allow(value = "account:manage", scope = AccessScope.DISTRICT, audit = AuditClass.PERSONAL_DATA)
	AccountPage page(@RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return search.page(text, page, size);
	}

	@Operation(summary = "Create an account")
	@PostMapping("/accounts")
	@Allow(value = "account:manage", scope = AccessScope.DISTRICT, audit = AuditClass.ACCOUNT)
	ResponseEntity<Account> create(@RequestBody AccountDirectory.AccountRequest request) {
		return ResponseEntity.status(201).body(accounts.create(request, CurrentCaller.require().username(), false));
	}

	@Operation(summary = "Change an account's name, roles, person or enabled flag")
	@PutMapping("/accounts/{id}")
	@Allow(value = "account:manage", scope = AccessScope.DISTRICT, audit = AuditClass.ACCOUNT)
	Account update(@PathVariable long id, @RequestBody AccountDirectory.AccountRequest request) {
		return accounts.update(id, request, CurrentCaller.require().username());
	}

	@Operation(summary = "Set an account's password (also unlocks it)")
	@PutMapping("/accounts/{id}/password")
	@Allow(value = "account:manage", scope = AccessScope.DISTRICT, audit = AuditClass.ACCOUNT)
	ResponseEntity<Void> setPassword(@PathVariable long id, @RequestBody NewPassword body) {
		accounts.setPassword(id, body.password(), CurrentCaller.require().username());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The audit log, newest first")
	@GetMapping("/audit")
	@Allow(value = "audit:read", scope = AccessScope.DISTRICT, audit = AuditClass.PERSONAL_DATA)
	List<AuditEntry> audit(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(defaultValue = "100") int limit) {
		return audit.recent(actor, action, limit);
	}

	@Operation(summary = "Check that no audit log row was changed, removed or inserted since it was written")
	@GetMapping("/audit/verify")
	@Allow(value = "audit:read", scope = AccessScope.DISTRICT, audit = AuditClass.PERSONAL_DATA)
	AuditChain.Verdict verifyAudit() {
		return chain.verify();
	}
}
