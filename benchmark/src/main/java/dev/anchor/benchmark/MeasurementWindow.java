package dev.anchor.benchmark;

/** Told when a round's measurement starts (the warm-up is over) and ends, e.g. to sample CPU time in between. */
public interface MeasurementWindow {
    /** The warm-up is over: measured operations start now. */
    void opened();

    /** The last measured operation has completed. */
    void closed();

    /** A window that does nothing. */
    MeasurementWindow NONE = new MeasurementWindow() {
        @Override
        public void opened() {
        }

        @Override
        public void closed() {
        }
    };
}
