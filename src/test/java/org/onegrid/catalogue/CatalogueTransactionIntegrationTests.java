package org.onegrid.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.catalogue.MinorClassDefinition.LimitDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction that changes the catalogue reads its own changes through the catalogue's API (a district profile
 * defines a minor class and then a rule for it in one transaction), and nobody sees them if it is undone. Major
 * class 96 is this class's own.
 */
@IntegrationTest
class CatalogueTransactionIntegrationTests {

	@Autowired
	Catalogue catalogue;

	@Autowired
	ResponsibilityLookup responsibilities;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aMinorClassDefinedInATransactionIsKnownToItAndGoneWhenItIsUndone() {
		assertThat(catalogue.exists(Kind.EVENT, "9601")).isFalse();
		transactions.executeWithoutResult(status -> {
			catalogue.defineMajorClass(Kind.EVENT, "96", "事务测试", "Transaction test");
			catalogue.defineMinorClass(new MinorClassDefinition("EVENT", "9601", "事务小类", "Transaction minor",
					"立案", "结案", null, List.of(new LimitDefinition("ACCEPT", null, 1, "DAYS"),
							new LimitDefinition("DISPATCH", null, 1, "DAYS"), new LimitDefinition("HANDLE", null, 5, "DAYS"),
							new LimitDefinition("CHECK", null, 1, "DAYS"))));

			assertThat(catalogue.exists(Kind.EVENT, "9601")).isTrue();
			assertThat(responsibilities.add(new RuleDefinition("EVENT", "9601", "ops", null, "justice", List.of(),
					null)).categoryCode()).isEqualTo("9601");
			assertThat(responsibilities.rules(Kind.EVENT, "9601")).hasSize(1);
			status.setRollbackOnly();
		});

		assertThat(catalogue.exists(Kind.EVENT, "9601")).isFalse();
		assertThat(catalogue.tree(Kind.EVENT)).noneMatch(major -> major.code().equals("96"));
		assertThat(responsibilities.rules(Kind.EVENT, "9601")).isEmpty();
	}
}
