package dev.anchor.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing, and the bookmark that asks for the next one (empty on the last page). Bookmarks are
 * opaque: pass them back unchanged to the same listing, by the same organisation.
 *
 * <pre>{@code
 * Optional<String> bookmark = Optional.empty();
 * do {
 *     Page<Holding> page = client.inventory(100, bookmark.orElse(null));
 *     page.items().forEach(h -> System.out.println(h.id()));
 *     bookmark = page.bookmark();
 * } while (bookmark.isPresent());
 * }</pre>
 *
 * @param items    this page's items, at most the page size asked for
 * @param bookmark where the next page starts; empty when this is the last page
 * @param <T>      what is listed
 */
public record Page<T>(List<T> items, Optional<String> bookmark) {

    /** Copies the items; replaces a null or blank bookmark by {@link Optional#empty()}. */
    public Page {
        items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
        bookmark = Objects.requireNonNullElse(bookmark, Optional.<String>empty()).filter(b -> !b.isBlank());
    }

    /** @return whether there is a next page */
    public boolean hasMore() {
        return bookmark.isPresent();
    }
}
