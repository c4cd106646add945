package dev.strata.entity.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.YesNoConverter;

@Entity
@Table(check = { @CheckConstraint(name = "ck_type_sample_amount", constraint = "amount >= 0"),
		@CheckConstraint(constraint = "quantity < 1000") })
public class TypeSample {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(nullable = false, unique = true)
	String code;

	@Column(length = 50)
	String shortText;

	@Column(length = 20000000)
	String hugeText;

	int quantity;

	Long big;

	Short small;

	Double ratio;

	Float weight;

	Boolean flag;

	Character initial;

	BigDecimal price;

	@Column(precision = 10, scale = 2)
	BigDecimal amount;

	LocalDate dueDate;

	LocalTime time;

	LocalDateTime localStamp;

	Instant instant;

	OffsetDateTime offsetStamp;

	Duration elapsed;

	UUID reference;

	@Enumerated(EnumType.STRING)
	Status status;

	@Enumerated(EnumType.STRING)
	@Column(length = 20, nullable = false)
	Status requiredStatus;

	@Enumerated(EnumType.ORDINAL)
	Status statusOrdinal;

	@Lob
	String document;

	@Lob
	byte[] image;

	byte[] bytes;

	@JdbcTypeCode(SqlTypes.JSON)
	Map<String, Object> attributes;

	@Convert(converter = MoneyConverter.class)
	Money money;

	@Convert(converter = YesNoConverter.class)
	Boolean approved;

	@ColumnDefault("'new'")
	String label;

	@ColumnDefault("0")
	int counter;

	@Column(columnDefinition = "varchar(20) default 'x'")
	String defined;

	@Column(columnDefinition = "text")
	String notes;

	@Column(length = 50, check = @CheckConstraint(constraint = "short_text <> ''"))
	String checked;

	@Column(check = @CheckConstraint(name = "ck_type_sample_level", constraint = "level > 0"))
	Integer level;

	@Version
	int version;

}
