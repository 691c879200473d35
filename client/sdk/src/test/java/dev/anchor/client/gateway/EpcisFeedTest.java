package dev.anchor.client.gateway;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.NetworkUnavailableException;
import dev.anchor.client.Organization;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.client.epcis.CommittedEpcisBlocks;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import dev.anchor.client.request.RetryPolicy;
import dev.anchor.client.request.SubmitListener;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.hyperledger.fabric.client.BlockEventsRequest;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static dev.anchor.client.gateway.TestBlocks.block;
import static dev.anchor.client.gateway.TestBlocks.recordKey;
import static dev.anchor.client.gateway.TestBlocks.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** {@link AnchorClient#followEpcisBlocks} over a mocked fabric-gateway {@link Network}'s block events. */
class EpcisFeedTest {
    private static final String EVENT = "ni:///sha-256;dddd?ver=CBV2.0";

    /** The peer's block stream: delivers the queued blocks, then throws {@code failure} if set. */
    private static final class PeerBlocks implements CloseableIterator<Block> {
        final Deque<Block> blocks = new ArrayDeque<>();
        RuntimeException failure;
        boolean closed;

        @Override
        public boolean hasNext() {
            if (blocks.isEmpty() && failure != null) {
                throw failure;
            }
            return !blocks.isEmpty();
        }

        @Override
        public Block next() {
            return blocks.removeFirst();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final PeerBlocks peer = new PeerBlocks();
    private BlockEventsRequest.Builder builder;
    private AnchorClient client;

    @BeforeEach
    void setUp() throws Exception {
        Network network = mock(Network.class);
        builder = mock(BlockEventsRequest.Builder.class);
        BlockEventsRequest request = mock(BlockEventsRequest.class);
        when(network.getName()).thenReturn("supplychain");
        when(network.newBlockEventsRequest()).thenReturn(builder);
        when(builder.startBlock(anyLong())).thenReturn(builder);
        when(builder.build()).thenReturn(request);
        when(request.getEvents()).thenReturn(peer);
        MockedContract contract = new MockedContract("{}");
        when(contract.contract.getChaincodeName()).thenReturn("anchor");
        client = new GatewayAnchorClient(contract.contract, network, contract.requests, Organization.AUDITOR, "127.0.0.1:7051", null,
                RetryPolicy.DEFAULT, SubmitListener.NONE, d -> { });
    }

    @Test
    void everyBlockFromTheStartBlockComesInOrderEmptyOrNot() {
        peer.blocks.add(block(5).configuration().build());
        peer.blocks.add(block(6).transaction("tx-6", "anchor", TxValidationCode.VALID,
                write(recordKey(EVENT), "{\"eventId\":\"" + EVENT + "\"}")).build());

        try (CommittedEpcisBlocks blocks = client.followEpcisBlocks(5)) {
            assertThat(blocks.next()).isEqualTo(new CommittedEpcisBlock(5, List.of()));
            CommittedEpcisBlock sixth = blocks.next();
            assertThat(sixth.blockNumber()).isEqualTo(6);
            assertThat(sixth.events()).extracting(CommittedEpcisEvent::eventId, CommittedEpcisEvent::transactionId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(EVENT, "tx-6"));
        }
        verify(builder).startBlock(5);
        assertThat(peer.closed).isTrue();
    }

    @Test
    void anUnreachablePeerIsNetworkUnavailable() {
        peer.failure = new StatusRuntimeException(Status.UNAVAILABLE.withDescription("connection refused"));

        try (CommittedEpcisBlocks blocks = client.followEpcisBlocks(0)) {
            NetworkUnavailableException e = catchThrowableOfType(blocks::hasNext, NetworkUnavailableException.class);
            assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAVAILABLE);
            assertThat(e.getMessage()).contains("127.0.0.1:7051");
        }
    }

    @Test
    void aClosedStreamHasNoMoreBlocks() {
        peer.blocks.add(block(1).configuration().build());
        CommittedEpcisBlocks blocks = client.followEpcisBlocks(1);

        blocks.close();

        assertThat(blocks.hasNext()).isFalse();
        assertThat(peer.closed).isTrue();
    }

    @Test
    void aNegativeStartBlockIsRefused() {
        AnchorException e = catchThrowableOfType(() -> client.followEpcisBlocks(-1), AnchorException.class);
        assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.getMessage()).contains("-1");
    }
}
