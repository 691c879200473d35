package dev.anchor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoundKindTest {

    @Test
    void roundsAreNamedByIdIgnoringCase() {
        assertThat(RoundKind.fromId("Production")).isEqualTo(RoundKind.PRODUCTION);
        assertThat(RoundKind.fromId(" floor ")).isEqualTo(RoundKind.FLOOR);
    }

    @Test
    void aPairIsTwoTransactionsAndAReadNone() {
        assertThat(RoundKind.HANDOFF.transactionsPerUnit()).isEqualTo(2);
        assertThat(RoundKind.PROVENANCE.transactionsPerUnit()).isZero();
        assertThat(RoundKind.TRACE.transactionsPerUnit()).isZero();
        assertThat(RoundKind.TRACE.reads()).isTrue();
        assertThat(RoundKind.HANDOFF.reads()).isFalse();
        assertThat(RoundKind.EPCIS.transactionsPerUnit()).isEqualTo(1);
        assertThat(RoundKind.EPCIS.reads()).isFalse();
    }

    @Test
    void aDocumentIsAWriteOfNoFixedNumberOfTransactionsAndAQueryARead() {
        assertThat(RoundKind.EPCIS_HTTP.reads()).isFalse();
        assertThat(RoundKind.EPCIS_HTTP.transactionsPerUnit()).isZero();
        assertThat(RoundKind.EPCIS_SDK.unit()).isEqualTo("doc");
        assertThat(RoundKind.EPCIS_QUERY.reads()).isTrue();
        assertThat(RoundKind.fromId("EPCIS-Query")).isEqualTo(RoundKind.EPCIS_QUERY);
    }

    @Test
    void anUnknownRoundNamesTheValidOnes() {
        assertThatThrownBy(() -> RoundKind.fromId("recall")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown round 'recall'; the rounds are: floor, production, bulk-floor, bulk, handoff, provenance, trace, epcis, "
                        + "epcis-sdk, epcis-http, epcis-query");
    }
}
