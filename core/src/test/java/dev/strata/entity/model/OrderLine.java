package dev.strata.entity.model;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_order_line_article", columnNames = { "article", "order_no" }))
public class OrderLine {

	@EmbeddedId
	OrderLineId id;

	String article;

	int quantity;

}
