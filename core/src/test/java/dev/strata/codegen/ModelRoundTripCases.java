package dev.strata.codegen;

import dev.strata.operation.PlannedOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.DefaultValue;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.ReferentialAction;
import dev.strata.model.Table;
import dev.strata.model.TypeKind;
import dev.strata.model.UniqueConstraint;
import dev.strata.operation.AddCheck;
import dev.strata.operation.AddColumn;
import dev.strata.operation.AddForeignKey;
import dev.strata.operation.AddIndex;
import dev.strata.operation.AddPrimaryKey;
import dev.strata.operation.AddUniqueConstraint;
import dev.strata.operation.AlterColumn;
import dev.strata.operation.CreateTable;
import dev.strata.operation.DropColumn;
import dev.strata.operation.DropTable;
import dev.strata.operation.RawSql;
import dev.strata.operation.SchemaOperation;

/**
 * Round-trip cases built from the model, as the diff produces operations: every column
 * type, defaults of every kind, awkward strings and SQL, explicit names that differ from
 * the DSL's, and the cases the writer documents as not exact.
 */
final class ModelRoundTripCases {

	private ModelRoundTripCases() {
	}

	static List<RoundTripCase> all() {
		List<RoundTripCase> cases = new ArrayList<>();
		cases.add(RoundTripCase.exact("every column type in create", List.of(new CreateTable(everyType())),
				List.of(new DropTable("types", false))));
		List<SchemaOperation> adds = everyType().columns()
			.stream()
			.<SchemaOperation>map((column) -> new AddColumn("types", column))
			.toList();
		List<SchemaOperation> alters = everyType().columns()
			.stream()
			.<SchemaOperation>map((column) -> new AlterColumn("types", column.withNullable(true)))
			.toList();
		cases.add(RoundTripCase.exact("every column type added and altered", adds, alters));
		cases.add(RoundTripCase.exact("defaults of every kind", List.of(new CreateTable(defaults())), List.of()));
		cases.add(RoundTripCase.exact("raw sql", rawSql(), List.of(new RawSql("select 1"))));
		cases.add(RoundTripCase.exact("awkward names", List.of(new CreateTable(awkwardNames())),
				List.of(new DropTable("we\"ird \\ ☃", false))));
		cases.add(RoundTripCase.exact("hibernate names", List.of(new CreateTable(hibernateNames())),
				List.of(new AddCheck("book", new CheckConstraint("book_kind_check", "kind in ('A', 'B')", null)),
						new AddForeignKey("book",
								new ForeignKey("FKauthor", List.of("author_id"), "author", List.of("id"),
										ReferentialAction.NO_ACTION, ReferentialAction.CASCADE)),
						new AddColumn("book", Column.of("isbn", ColumnType.varchar(13))),
						new AddUniqueConstraint("book", new UniqueConstraint("UKisbn", List.of("isbn"))))));
		cases.add(unnamedConstraintsGetConventionalNames());
		cases.add(columnCheckOnExistingColumnBecomesTableLevel());
		cases.add(warningsOnOperations());
		return cases;
	}

	private static Table everyType() {
		List<ColumnTypeExamples.Example> examples = ColumnTypeExamples.all();
		return Table.named("types")
			.withColumns(IntStream.range(0, examples.size())
				.mapToObj((i) -> Column.of("c" + i, examples.get(i).type()))
				.toList());
	}

	private static Table defaults() {
		List<DefaultValue> values = List.of(DefaultValue.literal("it's \"quoted\" \\ naïve ☃ \u0001 \\u000a end"),
				DefaultValue.literal(""), DefaultValue.literal("line\r\nbreak\n"), DefaultValue.literal(0),
				DefaultValue.literal(Integer.MIN_VALUE), DefaultValue.literal(Long.MAX_VALUE),
				new DefaultValue(DefaultValue.Kind.NUMBER, "-123456789012345678901234567890"),
				new DefaultValue(DefaultValue.Kind.NUMBER, "0.0000000001"),
				new DefaultValue(DefaultValue.Kind.NUMBER, "1E+3"), new DefaultValue(DefaultValue.Kind.NUMBER, "-0.5"),
				new DefaultValue(DefaultValue.Kind.NUMBER, "3.14159265358979323846"), DefaultValue.literal(false),
				DefaultValue.expression("nextval('seq')"), DefaultValue.expression("'a' || \"b\""));
		return Table.named("defaults")
			.withColumns(IntStream.range(0, values.size())
				.mapToObj((i) -> Column.of("d" + i, ColumnType.of(TypeKind.TEXT)).withDefaultValue(values.get(i)))
				.toList());
	}

	private static List<SchemaOperation> rawSql() {
		return List.of(new RawSql("select 'a' || \"b\" from t where x ~ '\\d+\\\\'"),
				new RawSql("create function f() returns int as $$\n  select 1;\n$$ language sql;\n"),
				new RawSql("select '\"\"\"' as a, '\"\"\"\"\"\"' as b\nfrom t"),
				new RawSql("ends with backslash\\\n\\"), new RawSql("trailing blanks   \nand tabs\t\nhere"),
				new RawSql("windows\r\nlines\r\n"), new RawSql("\ttabbed\n\t\tmore\n"),
				new RawSql("  indented first\nthen not\n"), new RawSql("unicode ☃ é 日本 \\u000a and \\\\u0022\n"),
				new RawSql("control \u0007 bell\n"), new RawSql("\n\nblank lines first\n\n\n"),
				new RawSql("quote at end\"\n\""));
	}

	private static Table awkwardNames() {
		Column id = Column.of("id \"x\"", ColumnType.of(TypeKind.BIGINT));
		Column other = Column.of("naïve\\col", ColumnType.varchar(10));
		return new Table("we\"ird \\ ☃", List.of(id, other), new PrimaryKey("pk \"weird\"", List.of("id \"x\"")),
				List.of(new UniqueConstraint("uk\\1", List.of("naïve\\col"))), List.of(),
				List.of(new ForeignKey("fk☃", List.of("id \"x\""), "other \"t\"", List.of("id"),
						ReferentialAction.RESTRICT, ReferentialAction.SET_NULL)),
				List.of(new CheckConstraint("ck */ x", "\"naïve\\col\" <> '*/'", null)));
	}

	private static Table hibernateNames() {
		Column id = new Column("id", ColumnType.of(TypeKind.BIGINT), false, null, true);
		Column title = Column.of("title", ColumnType.varchar(200));
		Column kind = Column.of("kind", ColumnType.varchar(255));
		Column author = Column.of("author_id", ColumnType.of(TypeKind.BIGINT)).withNullable(true);
		return new Table("book", List.of(id, title, kind, author), new PrimaryKey("book_pkey", List.of("id")),
				List.of(new UniqueConstraint("UK6dotkott2kjsp8vw4d0m25fb7", List.of("title"))),
				List.of(new Index("idx_book_title", List.of("title"), false)),
				List.of(new ForeignKey("FKklnrv3weler2ftkweewlky958", List.of("author_id"), "author", List.of("id"),
						ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
				List.of(new CheckConstraint("book_kind_check", "kind in ('NOVEL','POEM')", "kind")));
	}

	private static RoundTripCase unnamedConstraintsGetConventionalNames() {
		Table table = new Table("t", List.of(Column.of("a", ColumnType.of(TypeKind.INTEGER))),
				new PrimaryKey(null, List.of("a")), List.of(new UniqueConstraint(null, List.of("a"))),
				List.of(new Index(null, List.of("a"), false)),
				List.of(new ForeignKey(null, List.of("a"), "o", List.of("id"), ReferentialAction.NO_ACTION,
						ReferentialAction.NO_ACTION)),
				List.of(new CheckConstraint(null, "a > 0", null), new CheckConstraint(null, "a > 1", "a")));
		Table named = new Table("t", table.columns(), new PrimaryKey("t_pkey", List.of("a")),
				List.of(new UniqueConstraint("t_a_key", List.of("a"))),
				List.of(new Index("t_a_idx", List.of("a"), false)),
				List.of(new ForeignKey("t_a_fkey", List.of("a"), "o", List.of("id"), ReferentialAction.NO_ACTION,
						ReferentialAction.NO_ACTION)),
				List.of(new CheckConstraint("t_a_check", "a > 0", null),
						new CheckConstraint("t_a_check1", "a > 1", "a")));
		List<SchemaOperation> alter = List.of(new AddIndex("t", new Index(null, List.of("a", "b"), true)),
				new AddCheck("t", new CheckConstraint(null, "b > 0", null)));
		List<SchemaOperation> alterNamed = List.of(new AddIndex("t", new Index("t_a_b_idx", List.of("a", "b"), true)),
				new AddCheck("t", new CheckConstraint("t_b_check", "b > 0", null)));
		return new RoundTripCase("unnamed constraints get conventional names",
				PlannedOperation.allOf(List.of(new CreateTable(table))), List.of(new CreateTable(named)),
				PlannedOperation.allOf(alter), alterNamed);
	}

	private static RoundTripCase columnCheckOnExistingColumnBecomesTableLevel() {
		SchemaOperation check = new AddCheck("t", new CheckConstraint("t_a_check", "a > 0", "a"));
		SchemaOperation tableLevel = new AddCheck("t", new CheckConstraint("t_a_check", "a > 0", null));
		return new RoundTripCase("column check on an existing column", PlannedOperation.allOf(List.of(check)),
				List.of(tableLevel), List.of(), List.of());
	}

	private static RoundTripCase warningsOnOperations() {
		List<SchemaOperation> up = List.of(new AddColumn("t", Column.of("a", ColumnType.varchar(10))),
				new AddUniqueConstraint("t", new UniqueConstraint("t_a_key", List.of("a"))), new DropColumn("t", "b"),
				new RawSql("delete from t"));
		List<PlannedOperation> planned = List.of(new PlannedOperation(up.get(0), List.of("*/ not the end \\u000a")),
				new PlannedOperation(up.get(1), List.of("multi\nline\r\nwarning \u0000")),
				new PlannedOperation(up.get(2), List.of("data in [b] is lost")),
				new PlannedOperation(up.get(3), List.of("raw SQL cannot be replayed")));
		List<SchemaOperation> down = List.of(new DropColumn("t", "a"));
		return new RoundTripCase("warnings on operations", planned, up,
				List.of(new PlannedOperation(down.get(0), List.of("drop"))), down);
	}

}
