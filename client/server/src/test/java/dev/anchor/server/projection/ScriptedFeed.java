package dev.anchor.server.projection;

import dev.anchor.client.NetworkUnavailableException;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.client.epcis.CommittedEpcisBlocks;
import dev.anchor.client.epcis.EpcisFeed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A fake {@link EpcisFeed}: a ledger of blocks 0, 1, 2, ... that a test commits to, delivered as a peer would (in
 * order, waiting for the next commit, until closed), with scripted faults: connections refused, streams that break
 * after some blocks, and streams that start earlier than asked (redelivery).
 */
final class ScriptedFeed implements EpcisFeed {
    private final List<CommittedEpcisBlock> ledger = new ArrayList<>();
    private final List<Long> follows = new ArrayList<>();
    private final Deque<Integer> breaks = new ArrayDeque<>();
    private int refusals;
    private long redeliver;
    private int open;
    private int resets;

    /** Commits the next block; its number must be the ledger's height. */
    synchronized void commit(CommittedEpcisBlock block) {
        if (block.blockNumber() != ledger.size()) {
            throw new IllegalArgumentException("the next block is " + ledger.size() + ", not " + block.blockNumber());
        }
        ledger.add(block);
        notifyAll();
    }

    /** The next {@code count} calls to follow fail as an unreachable peer does. */
    synchronized void refuse(int count) {
        refusals += count;
    }

    /** The next stream opened breaks (peer gone) after delivering {@code blocks} blocks. */
    synchronized void breakAfter(int blocks) {
        breaks.add(blocks);
    }

    /** Every stream open now breaks at its next {@code hasNext()}, as when the peer restarts. */
    synchronized void reset() {
        resets++;
        notifyAll();
    }

    /** Every later stream starts {@code blocks} blocks before the one asked for (as far as block 0). */
    synchronized void redeliver(long blocks) {
        redeliver = blocks;
    }

    /** @return the start block of every call to follow, refused or not */
    synchronized List<Long> follows() {
        return List.copyOf(follows);
    }

    /** @return the streams opened and not closed */
    synchronized int open() {
        return open;
    }

    @Override
    public synchronized CommittedEpcisBlocks followEpcisBlocks(long fromBlock) {
        follows.add(fromBlock);
        if (refusals > 0) {
            refusals--;
            throw new NetworkUnavailableException("peer localhost:7051 is unavailable (connection refused)", null, null);
        }
        open++;
        return new Stream(Math.max(0, fromBlock - redeliver), breaks.poll());
    }

    private final class Stream implements CommittedEpcisBlocks {
        private long next;
        private final Integer breakAfter;
        private final int resetsAtStart = resets;
        private int delivered;
        private boolean closed;

        Stream(long from, Integer breakAfter) {
            this.next = from;
            this.breakAfter = breakAfter;
        }

        @Override
        public boolean hasNext() {
            synchronized (ScriptedFeed.this) {
                while (true) {
                    if (closed) {
                        return false;
                    }
                    if (resets > resetsAtStart || breakAfter != null && delivered == breakAfter) {
                        throw new NetworkUnavailableException("peer localhost:7051 is unavailable (stream reset)",
                                null, null);
                    }
                    if (next < ledger.size()) {
                        return true;
                    }
                    try {
                        ScriptedFeed.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
            }
        }

        @Override
        public CommittedEpcisBlock next() {
            synchronized (ScriptedFeed.this) {
                if (!hasNext()) {
                    throw new NoSuchElementException("closed");
                }
                delivered++;
                return ledger.get((int) next++);
            }
        }

        @Override
        public void close() {
            synchronized (ScriptedFeed.this) {
                if (!closed) {
                    closed = true;
                    open--;
                    ScriptedFeed.this.notifyAll();
                }
            }
        }
    }
}
