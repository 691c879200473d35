package dev.anchor.chaincode.contract;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hyperledger.fabric.contract.Context;

/**
 * One generated call of a transaction: who calls it, with which text arguments, and the request id in its
 * transient map (null: none).
 */
record FuzzedCall(String caller, Method transaction, List<String> arguments, String requestId) {

    Object[] invocationArguments(Context ctx) {
        Object[] values = new Object[transaction.getParameterCount()];
        values[0] = ctx;
        for (int i = 1; i < values.length; i++) {
            values[i] = arguments.get(i - 1);
        }
        return values;
    }

    @Override
    public String toString() {
        return caller + " calls " + transaction.getName() + arguments.stream()
                .map(a -> a.length() > 60 ? "<" + a.length() + " characters>" : '"' + a + '"').toList()
                + (requestId == null ? "" : " with request id " + (requestId.length() > 60
                        ? "<" + requestId.length() + " characters>" : '"' + requestId + '"'));
    }

    /**
     * Makes calls from a seed: the same seed makes the same calls. Arguments mix what reaches the deeper
     * checks (real batch ids and MSP IDs, numbers and GTINs that almost parse) with what must be refused
     * at once (any Unicode, control characters, lone surrogates, oversized text).
     */
    static final class Generator {
        private static final String[] CALLERS = {SimulatedPeer.MANUFACTURER, SimulatedPeer.DISTRIBUTOR,
            SimulatedPeer.RETAILER, SimulatedPeer.AUDITOR, "SmugglerMSP", ""};
        private static final String[] MSP_IDS = {SimulatedPeer.MANUFACTURER, SimulatedPeer.DISTRIBUTOR,
            SimulatedPeer.RETAILER, SimulatedPeer.AUDITOR, "manufacturermsp", " RetailerMSP", "OrdererMSP",
            "Retailer\nMSP", ""};
        private static final String[] NUMBERS = {"0", "-0", "1e400", "1E-7", "NaN", "Infinity", "0x1F", "1_000",
            "\uff11\uff12", " 5", "5 ", "1.", ".5", "+3", "1e18", "9999999999999999999", "0.0000001", "12,5",
            "-1", "1200", "0.5"};
        private static final String[] GTINS = {"09506000134352", "09506000134353", "4006381333931", "12345670",
            "0950600013435", "095060001343521"};
        private static final String ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:/";

        private final SplittableRandom random;
        private final List<Method> transactions;
        private final List<String> batchIds;

        Generator(long seed, List<Method> transactions, List<String> batchIds) {
            this.random = new SplittableRandom(seed);
            this.transactions = List.copyOf(transactions);
            this.batchIds = List.copyOf(batchIds);
        }

        FuzzedCall next() {
            Method transaction = transactions.get(random.nextInt(transactions.size()));
            List<String> arguments = new ArrayList<>();
            for (int i = 1; i < transaction.getParameterCount(); i++) {
                arguments.add(argument());
            }
            return new FuzzedCall(CALLERS[random.nextInt(CALLERS.length)], transaction, arguments, requestId());
        }

        private String argument() {
            int kind = random.nextInt(15);
            if (kind < 4) {
                return anyUnicode(random.nextInt(41));
            } else if (kind < 7) {
                return random.nextBoolean() ? batchIds.get(random.nextInt(batchIds.size())) : identifier();
            } else if (kind < 9) {
                return MSP_IDS[random.nextInt(MSP_IDS.length)];
            } else if (kind < 12) {
                return number();
            } else if (kind < 14) {
                return random.nextBoolean() ? GTINS[random.nextInt(GTINS.length)] : digits(8 + random.nextInt(8));
            }
            return "x".repeat(1_000 + random.nextInt(19_000));
        }

        /** None in half the calls; else one of a few ids (so that some repeat), or any text. */
        private String requestId() {
            int kind = random.nextInt(8);
            if (kind < 4) {
                return null;
            } else if (kind < 7) {
                return "req-" + random.nextInt(20);
            }
            return random.nextBoolean() ? anyUnicode(random.nextInt(41)) : "r".repeat(100 + random.nextInt(60));
        }

        private String anyUnicode(int length) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                int roll = random.nextInt(10);
                if (roll < 5) {
                    text.append((char) (0x20 + random.nextInt(0x5f)));
                } else if (roll < 6) {
                    text.append((char) random.nextInt(0x20));
                } else if (roll < 7) {
                    text.append((char) (0xd800 + random.nextInt(0x800)));
                } else {
                    text.appendCodePoint(random.nextInt(0x110000));
                }
            }
            return text.toString();
        }

        private String identifier() {
            int length = 1 + random.nextInt(70);
            StringBuilder id = new StringBuilder();
            for (int i = 0; i < length; i++) {
                id.append(ID_CHARACTERS.charAt(random.nextInt(ID_CHARACTERS.length())));
            }
            return id.toString();
        }

        private String number() {
            return switch (random.nextInt(3)) {
                case 0 -> NUMBERS[random.nextInt(NUMBERS.length)];
                case 1 -> Long.toString(random.nextLong());
                default -> BigDecimal.valueOf(random.nextLong(), random.nextInt(-20, 20)).toString();
            };
        }

        private String digits(int length) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < length; i++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            return digits.toString();
        }
    }
}
