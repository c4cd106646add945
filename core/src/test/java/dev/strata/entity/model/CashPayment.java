package dev.strata.entity.model;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.PrimaryKeyJoinColumn;

@Entity
@PrimaryKeyJoinColumn(name = "payment_id", foreignKey = @ForeignKey(name = "fk_cash_payment"))
public class CashPayment extends Payment {

	String currencyCode;

}
