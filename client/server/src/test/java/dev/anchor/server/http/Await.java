package dev.anchor.server.http;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something the server does in the background, failing the test when it has not happened in time. */
public final class Await {
    private Await() {
    }

    public static void until(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            Thread.sleep(20);
        }
    }
}
