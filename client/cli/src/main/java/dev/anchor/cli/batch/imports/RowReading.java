package dev.anchor.cli.batch.imports;

/** What reading one row of a production file gives: the row, or the problem with it. */
sealed interface RowReading permits ProductionRow, RowProblem {
}
