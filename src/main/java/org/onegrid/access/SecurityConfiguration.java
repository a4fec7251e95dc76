package org.onegrid.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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

/**
 * Who may call what. Static pages, the sign-in call, health and the API documentation are open; everything else
 * needs a session (web UI) or an API token (integrations). Sessions are protected against CSRF with a cookie the
 * page echoes in {@code X-XSRF-TOKEN}; token calls carry no cookies and are exempt. Account administration and the
 * audit log need the {@code admin} role.
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
			SecurityContextRepository contexts, AuditLog audit, Authorization authorization) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/", "/index.html", "/login.html", "/mobile.html", "/calendar.html", "/app/**", "/webjars/**",
					"/favicon.ico", "/error", "/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
					"/swagger-ui/**", "/swagger-ui.html", "/api/v1/auth/login", "/api/v1/auth/csrf")
			.permitAll()
			.requestMatchers("/api/v1/accounts/**", "/api/v1/audit/**")
			.hasAuthority(authority("admin"))
			.anyRequest()
			.access(new PermissionRules(authorization)));
		http.csrf(csrf -> csrf.spa().ignoringRequestMatchers(request -> request.getHeader("Authorization") != null));
		http.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
		http.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class);
		http.addFilterAfter(new ConfigurationAuditFilter(audit), BasicAuthenticationFilter.class);
		http.securityContext(context -> context.securityContextRepository(contexts));
		http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
		http.exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthenticated())
			.accessDeniedHandler(problems.forbidden()));
		http.formLogin(AbstractHttpConfigurer::disable);
		http.httpBasic(AbstractHttpConfigurer::disable);
		http.logout(AbstractHttpConfigurer::disable);
		return http.build();
	}

	static Authentication authenticated(Caller caller) {
		return UsernamePasswordAuthenticationToken.authenticated(caller, null,
				caller.roles().stream().map(role -> new SimpleGrantedAuthority(authority(role))).toList());
	}

	static String authority(String role) {
		return "ROLE_" + role;
	}

}
