package dev.strata.entity.unmodelled;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.GeneratedColumn;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(comment = "a commented table", indexes = @Index(name = "idx_unmodelled_created", columnList = "created_at desc"))
public class Unmodelled {

	@Id
	Long id;

	@Column(comment = "a commented column")
	String commented;

	@Column(columnDefinition = "varchar(10) check (checked_text <> '')")
	String checkedText;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.NAMED_ENUM)
	Mood mood;

	BigDecimal price;

	@GeneratedColumn("price * 2")
	BigDecimal doublePrice;

	LocalDateTime createdAt;

	@Column(name = "`CamelCase`")
	String camelCase;

	@Column(name = "user")
	String userName;

}
