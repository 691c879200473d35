/** The words both sides use: the chaincode's error codes and provenance event types. Plain Java, no JSON library. */
package dev.anchor.model.vocabulary;
