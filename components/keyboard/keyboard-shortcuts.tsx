"use client";
/**
 * Site-wide keys: `/` focuses the search box, `j`/`k` move through the results of a list, `[`/`]`
 * open the previous and next cable by date. Pages mark their elements (keyboard-attributes.ts); a
 * key whose target is missing does nothing. Keys typed into a field, or with Ctrl, Alt or Meta, are
 * left alone. Renders nothing; marks <html data-keyboard-shortcuts> while listening.
 */
import { useEffect } from "react";
import { SELECTORS } from "@/components/keyboard/keyboard-attributes";

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

function focusSearch(): boolean {
  const input = document.querySelector<HTMLInputElement>(SELECTORS.search);
  if (!input) return false;
  input.focus();
  input.select();
  return true;
}

/** Focuses the link of the result `step` away from the focused one; the first (or last) when none is. */
function moveResult(step: 1 | -1): boolean {
  const results = [...document.querySelectorAll<HTMLElement>(SELECTORS.result)];
  if (results.length === 0) return false;
  const current = results.findIndex((result) => result.contains(document.activeElement));
  const next = current === -1 ? (step === 1 ? 0 : results.length - 1) : Math.min(results.length - 1, Math.max(0, current + step));
  const result = results[next];
  const link = result instanceof HTMLAnchorElement ? result : result.querySelector<HTMLAnchorElement>("a[href]");
  (link ?? result).focus();
  (link ?? result).scrollIntoView({ block: "nearest" });
  return true;
}

/** Follows a link by clicking it, so client-side navigation and its history apply. */
function follow(selector: string): boolean {
  const link = document.querySelector<HTMLAnchorElement>(selector);
  if (!link) return false;
  link.click();
  return true;
}

const KEYS: Record<string, () => boolean> = {
  "/": focusSearch,
  j: () => moveResult(1),
  k: () => moveResult(-1),
  "[": () => follow(SELECTORS.previous),
  "]": () => follow(SELECTORS.next),
};

export function KeyboardShortcuts() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return;
      const action = Object.hasOwn(KEYS, event.key) ? KEYS[event.key] : undefined;
      if (action?.()) event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    // Says the keys work now (before hydration they do nothing); browser tests wait for it.
    document.documentElement.dataset.keyboardShortcuts = "";
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      delete document.documentElement.dataset.keyboardShortcuts;
    };
  }, []);
  return null;
}
