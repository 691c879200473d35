/**
 * Commercial terms of a handoff (docs/private-terms.md): the public declaration of their hash, and the private copy
 * the two parties keep in their collection.
 */
package dev.anchor.model.terms;
