/** Provenance events, the links of each batch's hash chain. */
package dev.anchor.model.provenance;
