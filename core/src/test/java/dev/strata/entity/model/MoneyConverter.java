package dev.strata.entity.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class MoneyConverter implements AttributeConverter<Money, String> {

	@Override
	public String convertToDatabaseColumn(Money money) {
		return money.amount();
	}

	@Override
	public Money convertToEntityAttribute(String text) {
		return new Money(text);
	}

}
