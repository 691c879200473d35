package dev.anchor.cli.production;

/** What reading one row of a production file gives: the row, or the problem with it. */
sealed interface RowReading permits ProductionRow, RowProblem {
}
