/** Membership: the organisations the chaincode knows, founding and admitted, and pending admissions. */
package dev.anchor.model.membership;
