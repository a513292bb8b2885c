import { describe, expect, it } from "vitest";
import subject from "./codes/subject.json";
import program from "./codes/program.json";
import country from "./codes/country.json";
import organization from "./codes/organization.json";
import person from "./codes/person.json";
import keyword from "./codes/keyword.json";
import alias from "./codes/alias.json";
import { TAG_KINDS } from "@/lib/glossary";

const codeTables = { subject, program, country, organization, person } as Record<string, Record<string, string>>;

describe("glossary data", () => {
  it("writes codes as TAGS lines do: upper case, by kind", () => {
    for (const [kind, table] of Object.entries(codeTables)) {
      for (const [code, meaning] of Object.entries(table)) {
        expect(code, kind).toBe(code.toUpperCase().trim());
        expect(meaning.trim(), code).not.toBe("");
      }
    }
    for (const code of Object.keys(subject)) expect(code, code).toMatch(/^[ABCEMOPST][A-Z]{3}$/);
    for (const code of Object.keys(program)) expect(code, code).toMatch(/^K[A-Z]{3}$/);
    for (const code of Object.keys(country)) expect(code, code).toMatch(/^[A-Z]{2}$/);
  });

  it("gives each code one kind", () => {
    const seen = new Map<string, string>();
    for (const [kind, table] of Object.entries(codeTables)) {
      for (const code of Object.keys(table)) {
        expect(seen.get(code), `${code} is ${seen.get(code)} and ${kind}`).toBeUndefined();
        seen.set(code, kind);
      }
    }
  });

  it("gives free-text keywords a declared kind and points aliases at known codes", () => {
    for (const [text, entry] of Object.entries(keyword as Record<string, { kind: string; meaning: string }>)) {
      expect(TAG_KINDS, text).toContain(entry.kind);
      expect(entry.meaning.trim(), text).not.toBe("");
    }
    const known = new Set(Object.values(codeTables).flatMap((table) => Object.keys(table)));
    for (const [variant, canonical] of Object.entries(alias as Record<string, string>)) {
      expect(known.has(canonical), `${variant} → ${canonical}`).toBe(true);
      expect(known.has(variant), `${variant} is itself a code`).toBe(false);
    }
  });
});
