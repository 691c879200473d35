/** Lineage: the links between inputs and outputs of transformations, and the graphs traces answer. */
package dev.anchor.model.lineage;
