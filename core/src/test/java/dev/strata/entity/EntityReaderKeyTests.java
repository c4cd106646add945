package dev.strata.entity;

import java.util.List;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.ForeignKey;
import dev.strata.model.PrimaryKey;
import dev.strata.model.ReferentialAction;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.TypeKind;
import dev.strata.model.UniqueConstraint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.strata.entity.EntityModelSchemas.schema;
import static dev.strata.entity.EntityModelSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identifiers, keys, relationships, collections and inheritance, read on both databases.
 */
class EntityReaderKeyTests {

	private static final ColumnType BIGINT = ColumnType.of(TypeKind.BIGINT);

	private static final ColumnType INTEGER = ColumnType.of(TypeKind.INTEGER);

	private static final ColumnType VARCHAR = ColumnType.varchar(255);

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void identityIdIsANotNullAutoIncrementColumn(TestDatabase database) {
		Table table = table(database, "identity_item");
		assertThat(table.columns()).containsExactly(new Column("id", BIGINT, false, null, true),
				new Column("name", VARCHAR, true, null, false));
		assertThat(table.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
		assertThat(table(database, "department").column("id")).contains(new Column("id", INTEGER, false, null, true));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void sequenceIdsCreateOneSequencePerHierarchyWithTheirAllocationSize(TestDatabase database) {
		assertThat(schema(database).snapshot().sequences()).containsExactly(new Sequence("custom_seq", 100, 1),
				new Sequence("named_gen", 1, 20), new Sequence("order_line_note_seq", 1, 50),
				new Sequence("payment_seq", 1, 50), new Sequence("sequence_item_seq", 1, 50),
				new Sequence("shape_seq", 1, 50), new Sequence("vehicle_seq", 1, 50));
		assertThat(table(database, "sequence_item").columns()).containsExactly(Column.of("id", BIGINT));
		assertThat(table(database, "named_generator_item").columns()).containsExactly(Column.of("id", INTEGER));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void uuidIdIsAPlainUuidColumn(TestDatabase database) {
		ColumnType uuid = ColumnType.of(TypeKind.UUID);
		assertThat(table(database, "uuid_item").columns()).containsExactly(Column.of("id", uuid),
				new Column("other", uuid, true, null, false));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void tableGeneratorsCreateTheirTableAndTheRowTheyStartFrom(TestDatabase database) {
		Table sequences = table(database, "hibernate_sequences");
		assertThat(sequences.columns()).containsExactly(new Column("next_val", BIGINT, true, null, false),
				Column.of("sequence_name", VARCHAR));
		assertThat(sequences.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("sequence_name")));
		assertThat(schema(database).initStatements("hibernate_sequences"))
			.containsExactly("insert into hibernate_sequences(sequence_name, next_val) values ('default',0)");
		assertThat(table(database, "id_gen").columnNames()).containsExactly("gen_val", "gen_name");
		assertThat(schema(database).initStatements("id_gen"))
			.containsExactly("insert into id_gen(gen_name, gen_val) values ('custom_table_item',5)");
		assertThat(table(database, "table_item").columns()).containsExactly(Column.of("id", BIGINT));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void compositeKeysAreOrderedAsHibernateOrdersThem(TestDatabase database) {
		Table orderLine = table(database, "order_line");
		assertThat(orderLine.columnNames()).containsExactly("line_no", "quantity", "order_no", "article");
		assertThat(orderLine.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("line_no", "order_no")));
		assertThat(orderLine.uniqueConstraints())
			.containsExactly(new UniqueConstraint("uk_order_line_article", List.of("article", "order_no")));
		assertThat(table(database, "order_line_note").foreignKeys()).containsExactly(
				new ForeignKey("FKl4u50iwobfpix9pl9483i7uxb", List.of("line_line_no", "line_order_no"), "order_line",
						List.of("line_no", "order_no"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION));
		assertThat(table(database, "enrollment").primaryKey())
			.isEqualTo(new PrimaryKey(null, List.of("student_id", "course_code")));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void aUniqueConstraintOnTheKeyColumnsNamesAndOrdersThePrimaryKey(TestDatabase database) {
		Table membership = table(database, "membership");
		assertThat(membership.primaryKey())
			.isEqualTo(new PrimaryKey("pk_membership", List.of("member_id", "group_id")));
		assertThat(membership.uniqueConstraints()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void mapsIdSharesThePrimaryKeyOfTheParent(TestDatabase database) {
		Table profile = table(database, "customer_profile");
		assertThat(profile.columnNames()).containsExactly("customer_id", "bio");
		assertThat(profile.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("customer_id")));
		assertThat(profile.foreignKeys()).containsExactly(foreignKey("FKna7xed3oclcw9l3c8mmoc4v4t", "customer_id",
				"customer", "id", ReferentialAction.NO_ACTION));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void embeddedColumnsTakeTheirOverrides(TestDatabase database) {
		assertThat(table(database, "customer").columns()).containsExactly(new Column("id", BIGINT, false, null, true),
				nullable("zip", ColumnType.varchar(10)), Column.of("bill_city", ColumnType.varchar(60)),
				nullable("city", ColumnType.varchar(80)), nullable("bill_street", VARCHAR),
				nullable("bill_zip", VARCHAR), nullable("name", VARCHAR), nullable("street", VARCHAR));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void toOneAssociationsHaveForeignKeysUnlessDisabled(TestDatabase database) {
		Table employee = table(database, "employee");
		assertThat(employee.columnNames()).containsExactly("department_id", "home_dept_id", "id", "manager_id",
				"mentor_id", "parking_id", "first_name");
		assertThat(employee.column("home_dept_id")).contains(Column.of("home_dept_id", INTEGER));
		assertThat(employee.foreignKeys()).containsExactly(
				foreignKey("FKbejtwvg9bxus2mffsm3swj3u9", "department_id", "department", "id",
						ReferentialAction.NO_ACTION),
				foreignKey("FKaxttlgj87y88kuosapb6ikw2s", "home_dept_id", "department", "id",
						ReferentialAction.CASCADE),
				foreignKey("fk_employee_manager", "manager_id", "employee", "id", ReferentialAction.NO_ACTION),
				foreignKey("FKn8cwjthqtbiof95bg4q3pql7n", "parking_id", "parking", "id", ReferentialAction.NO_ACTION));
		assertThat(employee.uniqueConstraints()).containsExactly(new UniqueConstraint(null, List.of("parking_id")));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void oneToManyWithAJoinColumnAndAnOrderColumnLivesInTheChildTable(TestDatabase database) {
		Table task = table(database, "task");
		assertThat(task.columns()).containsExactly(nullable("position", INTEGER),
				new Column("id", BIGINT, false, null, true), nullable("project_id", BIGINT),
				nullable("title", VARCHAR));
		assertThat(task.checks()).containsExactly(new CheckConstraint(null, "position>=0", "position"));
		assertThat(task.foreignKeys()).containsExactly(
				foreignKey("FKk8qrwowg31kx7hp93sru1pdqa", "project_id", "project", "id", ReferentialAction.NO_ACTION));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void manyToManyJoinTablesAreKeyedWhenTheyHoldSets(TestDatabase database) {
		Table skills = table(database, "employee_skills");
		assertThat(skills.columns()).containsExactly(Column.of("employee_id", BIGINT), Column.of("skills_id", BIGINT));
		assertThat(skills.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("employee_id", "skills_id")));
		assertThat(skills.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("skill", "employee");
		assertThat(table(database, "employee_wished_skills").primaryKey()).isNull();
		assertThat(table(database, "employee_project").foreignKeys()).containsExactly(
				foreignKey("fk_ep_project", "project_id", "project", "id", ReferentialAction.NO_ACTION),
				foreignKey("fk_ep_employee", "employee_id", "employee", "id", ReferentialAction.NO_ACTION));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void elementCollectionsHaveTheirOwnTables(TestDatabase database) {
		Table nicknames = table(database, "employee_nicknames");
		assertThat(nicknames.primaryKey()).isNull();
		assertThat(nicknames.uniqueConstraints())
			.containsExactly(new UniqueConstraint(null, List.of("employee_id", "nicknames")));
		Table phones = table(database, "employee_phones");
		assertThat(phones.columns()).containsExactly(Column.of("phones_order", INTEGER),
				Column.of("employee_id", BIGINT), nullable("phone", ColumnType.varchar(30)));
		assertThat(phones.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("phones_order", "employee_id")));
		assertThat(phones.checks()).containsExactly(new CheckConstraint(null, "phones_order>=0", "phones_order"));
		assertThat(table(database, "employee_addresses").columnNames()).containsExactly("employee_id", "zip", "city",
				"street");
		ColumnType statuses = (database == TestDatabase.POSTGRESQL)
				? ColumnType.enumeration(255, List.of("NEW", "ACTIVE", "CLOSED"))
				: ColumnType.enumeration(null, List.of("ACTIVE", "CLOSED", "NEW"));
		assertThat(table(database, "employee_statuses").column("statuses")).contains(nullable("statuses", statuses));
		assertThat(table(database, "employee_statuses").checks()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void singleTableInheritanceHasADiscriminatorAndSubclassChecks(TestDatabase database) {
		Table vehicle = table(database, "vehicle");
		CheckConstraint subclassCheck = new CheckConstraint(null, "kind <> 'CAR' or (seats is not null)", null);
		if (database == TestDatabase.POSTGRESQL) {
			// PostgreSQL keeps enumerations as checked varchar columns: the discriminator
			// is one
			assertThat(vehicle.columns())
				.contains(Column.of("kind", ColumnType.enumeration(10, List.of("VEHICLE", "CAR", "Truck"))));
			assertThat(vehicle.checks()).containsExactly(subclassCheck);
			return;
		}
		assertThat(vehicle.columns()).containsExactly(nullable("payload", ColumnType.of(TypeKind.DOUBLE)),
				nullable("seats", INTEGER), Column.of("id", BIGINT), Column.of("kind", ColumnType.varchar(10)),
				Column.of("make", VARCHAR));
		assertThat(vehicle.checks())
			.containsExactly(new CheckConstraint(null, "kind in ('VEHICLE','CAR','Truck')", "kind"), subclassCheck);
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void joinedInheritanceKeysSubclassTablesByTheParent(TestDatabase database) {
		if (database == TestDatabase.POSTGRESQL) {
			assertThat(table(database, "payment").checks()).isEmpty();
		}
		else {
			assertThat(table(database, "payment").checks()).containsExactly(new CheckConstraint(null,
					"payment_type in ('Payment','CardPayment','CashPayment')", "payment_type"));
		}
		assertThat(table(database, "card_payment").foreignKeys()).containsExactly(
				foreignKey("FKj4yrj0k4nt3m0efcym09h3s3p", "id", "payment", "id", ReferentialAction.NO_ACTION));
		Table cash = table(database, "cash_payment");
		assertThat(cash.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("payment_id")));
		assertThat(cash.foreignKeys())
			.containsExactly(foreignKey("fk_cash_payment", "payment_id", "payment", "id", ReferentialAction.NO_ACTION));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void tablePerClassInheritanceCreatesOnlyConcreteTables(TestDatabase database) {
		assertThat(schema(database).snapshot().hasTable("shape")).isFalse();
		Table circle = table(database, "circle");
		assertThat(circle.columnNames()).containsExactly("owner_id", "radius", "id", "color");
		assertThat(circle.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("department");
		assertThat(table(database, "square").columnNames()).containsExactly("owner_id", "side", "id", "color");
	}

	private static Column nullable(String name, ColumnType type) {
		return new Column(name, type, true, null, false);
	}

	private static ForeignKey foreignKey(String name, String column, String table, String referenced,
			ReferentialAction onDelete) {
		return new ForeignKey(name, List.of(column), table, List.of(referenced), onDelete, ReferentialAction.NO_ACTION);
	}

}
