package dev.strata.entity.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Nationalized;
import org.hibernate.type.SqlTypes;

/**
 * Every basic Java type with its common column settings.
 */
@Entity
public class WideTypes {

	@Id
	Long id;

	String plain;

	@Column(length = 50)
	String short50;

	@Column(length = 20000)
	String long20000;

	@Column(length = 20000000)
	String huge;

	@Column(columnDefinition = "text")
	String textDefined;

	@Nationalized
	String nationalized;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	String longText;

	@Lob
	String lobText;

	@Lob
	char[] lobChars;

	@Lob
	byte[] lobBytes;

	byte[] bytes;

	@Column(length = 100)
	byte[] bytes100;

	BigDecimal decimal;

	@Column(precision = 10, scale = 2)
	BigDecimal decimal102;

	@Column(precision = 12)
	BigDecimal decimal12;

	BigInteger bigInteger;

	Double doubleValue;

	Float floatValue;

	Short shortValue;

	Byte byteValue;

	Integer intValue;

	Long longValue;

	Character charValue;

	Boolean boolValue;

	LocalDate localDate;

	LocalTime localTime;

	OffsetTime offsetTime;

	LocalDateTime localDateTime;

	@Column(secondPrecision = 3)
	LocalDateTime localDateTime3;

	Instant instant;

	OffsetDateTime offsetDateTime;

	ZonedDateTime zonedDateTime;

	Duration duration;

	@JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
	Duration intervalSeconds;

	Year yearValue;

	UUID uuid;

	Locale locale;

	Currency currency;

	String[] stringArray;

	Integer[] intArray;

	@JdbcTypeCode(SqlTypes.JSON)
	Map<String, Object> json;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "json")
	List<String> jsonDefined;

	@JdbcTypeCode(SqlTypes.INET)
	InetAddress inet;

	@Enumerated(EnumType.STRING)
	Level level;

	@Enumerated(EnumType.ORDINAL)
	Level levelOrdinal;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	Level levelShort;

}
