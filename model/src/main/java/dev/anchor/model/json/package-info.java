/** The canonical JSON form every model value is written, read and hashed in. */
package dev.anchor.model.json;
