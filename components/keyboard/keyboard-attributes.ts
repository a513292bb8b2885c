/**
 * How pages mark what the keyboard shortcuts act on (components/keyboard/keyboard-shortcuts.tsx):
 * spread these on the elements, `<input {...SEARCH_INPUT} />`, so pages and the island agree.
 */

/** The page's search box: `/` focuses it. */
export const SEARCH_INPUT = { "data-search-input": "" } as const;
/** One result of a list (its first link is what `j`/`k` focus). */
export const RESULT = { "data-result": "" } as const;
/** The links to the previous and next cable by date: `[` and `]` follow them. */
export const PREVIOUS_CABLE = { "data-adjacent": "previous", rel: "prev", "aria-keyshortcuts": "[" } as const;
export const NEXT_CABLE = { "data-adjacent": "next", rel: "next", "aria-keyshortcuts": "]" } as const;

export const SELECTORS = {
  search: '[data-search-input], input[type="search"]',
  result: "[data-result]",
  previous: 'a[data-adjacent="previous"]',
  next: 'a[data-adjacent="next"]',
} as const;
