/** Recalls: the report of what a recall reached. */
package dev.anchor.model.recall;
