package org.onegrid.access;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.onegrid.access.internal.Accounts;
import org.onegrid.access.internal.ClientAttempts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what. Static pages, health and (when configured) the API documentation are open; each API endpoint
 * declares its own rule beside it ({@link org.onegrid.api.Allow}, enforced by {@link EndpointRules}), and anything
 * else needs a session (web UI) or an API token (integrations). Sessions are protected against CSRF with a cookie
 * the page echoes in {@code X-XSRF-TOKEN}; only a call that a bearer token signs in is exempt, and such a call
 * ignores the session. Sessions live in the database, so that every instance knows them ({@link SessionAttributes});
 * each request of a session is held to its account as it stands then ({@link AccountStanding}).
 * Every answer carries a Content-Security-Policy, a Referrer-Policy and a Permissions-Policy;
 * HSTS goes with every answer over TLS.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/** No user store of Spring's own: accounts sign in only through {@link SignIn}. */
	@Bean
	UserDetailsService noUserDetails() {
		return username -> {
			throw new UsernameNotFoundException("Accounts sign in through /api/v1/auth/login");
		};
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenIssuer tokens, ProblemResponses problems,
			SecurityContextRepository contexts, AccessProperties properties, Accounts accounts, Clock clock)
			throws Exception {
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers("/", "/index.html", "/login.html", "/mobile.html", "/calendar.html", "/config.html",
					"/map.html", "/intake.html", "/dashboard.html", "/assessment.html", "/portal.html", "/analysis.html",
					"/triage.html", "/imports.html", "/boundaries.html", "/meetings.html", "/field-rules.html", "/app/**",
					"/webjars/**", "/favicon.ico", "/error", "/actuator/health/**", "/actuator/info").permitAll();
			if (properties.publicApiDocs()) {
				requests.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll();
			}
			requests.requestMatchers("/api/**", "/open311/**").permitAll().anyRequest().authenticated();
		});
		// Open311 calls carry their api_key in the form, and the citizen portal acts for no one; neither acts on a
		// session's cookie.
		http.csrf(csrf -> csrf.spa()
			.ignoringRequestMatchers(BearerTokenFilter::carriesBearerToken)
			.ignoringRequestMatchers("/open311/**", "/api/v1/portal/**"));
		http.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
		http.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class);
		http.addFilterAfter(new AccountStanding(accounts, contexts, problems, clock), BearerTokenFilter.class);
		http.securityContext(context -> context.securityContextRepository(contexts));
		http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
		http.exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthenticated())
			.accessDeniedHandler(problems.forbidden()));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(properties.contentSecurityPolicy()))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(properties.permissionsPolicy()))
			// Answers from the API are never stored; the static pages, scripts and libraries say themselves how long
			// a browser may keep them (a no-store or Pragma header here would make phones fetch them every time).
			.cacheControl(cache -> cache.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
					new NegatedRequestMatcher(SecurityConfiguration::staticFile), new CacheControlHeadersWriter()))
			.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
				// A streamed download (a CSV export) writes its body on another thread; headers written after the
				// handler returns would race with it, so they are written before the handler runs.
				@Override
				public <O extends HeaderWriterFilter> O postProcess(O filter) {
					filter.setShouldWriteHeadersEagerly(true);
					return filter;
				}
			}));
		http.formLogin(AbstractHttpConfigurer::disable);
		http.httpBasic(AbstractHttpConfigurer::disable);
		http.logout(AbstractHttpConfigurer::disable);
		return http.build();
	}

	/** Pages, their scripts and styles, and the libraries: the same for everyone, and cacheable. */
	private static boolean staticFile(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/webjars/") || path.startsWith("/app/") || path.matches("/[a-z0-9-]+\\.html")
				|| path.equals("/favicon.ico");
	}

	/**
	 * Holds each client address to its limit of sign-ins, token requests and password changes (see
	 * {@link ClientRateLimit}), then enforces every endpoint's declared rule (see {@link EndpointRules}).
	 */
	@Bean
	WebMvcConfigurer endpointRules(Authorization authorization, ScopeChecks scopes, AuditLog audit,
			ClientAttempts attempts, AccessProperties properties, ProblemResponses problems, Clock clock) {
		var limit = new ClientRateLimit(attempts, properties.rateLimit(), problems, audit, clock);
		var rules = new EndpointRules(authorization, scopes, audit);
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(limit).order(-1);
				registry.addInterceptor(rules).order(0);
			}
		};
	}

	static Authentication authenticated(Caller caller) {
		return UsernamePasswordAuthenticationToken.authenticated(caller, null,
				caller.roles().stream().map(role -> new SimpleGrantedAuthority(authority(role))).toList());
	}

	static String authority(String role) {
		return "ROLE_" + role;
	}

}
