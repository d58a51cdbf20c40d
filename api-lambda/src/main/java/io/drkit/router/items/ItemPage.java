package io.drkit.router.items;

import java.util.List;
import java.util.Optional;

/** One page of a listing; {@code lastId} is where the next page starts, empty on the last page. */
public record ItemPage(List<Item> items, Optional<String> lastId) {

  public ItemPage {
    items = List.copyOf(items);
  }
}
