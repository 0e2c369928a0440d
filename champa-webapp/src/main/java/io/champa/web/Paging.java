package io.champa.web;

import java.util.List;

/**
 * A page request, checked: {@code page} from 0, {@code size} from 1 to {@link #MAX_SIZE}.
 *
 * @param page zero-based page number
 * @param size rows per page
 */
public record Paging(int page, int size) {

  public static final int MAX_SIZE = 200;

  public static Paging of(int page, int size) {
    if (page < 0 || page > 1_000_000) {
      throw ApiProblem.badRequest("page must be between 0 and 1000000, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ApiProblem.badRequest("size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
    return new Paging(page, size);
  }

  public int offset() {
    return page * size;
  }

  /** One page of results and the total they come from. */
  public record Page<T>(List<T> items, long total, int page, int size) {
  }

  public <T> Page<T> page(List<T> items, long total) {
    return new Page<>(items, total, page, size);
  }
}
