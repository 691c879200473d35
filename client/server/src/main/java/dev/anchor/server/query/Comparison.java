package dev.anchor.server.query;

/** The comparison a parameter's prefix names: {@code EQ_}, {@code GT_}, {@code GE_}, {@code LT_}, {@code LE_}, {@code EXISTS_}. */
public enum Comparison {
    EQ, GT, GE, LT, LE, EXISTS;

    /** @return whether an order (the sign of member - operand) satisfies this comparison (not for EQ or EXISTS) */
    boolean accepts(int order) {
        return switch (this) {
            case GT -> order > 0;
            case GE -> order >= 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            case EQ -> order == 0;
            case EXISTS -> true;
        };
    }
}
