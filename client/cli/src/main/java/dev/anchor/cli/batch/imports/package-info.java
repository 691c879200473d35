/**
 * {@code anchor batch import}: reading a production file (CSV or JSON Lines) into rows, cutting it into chunks of one
 * transaction each with a request id derived from the chunk's content, and recording them through the SDK's
 * {@code recordProductions}, exactly once per chunk.
 */
package dev.anchor.cli.batch.imports;
