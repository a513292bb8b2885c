/**
 * The search box's query, translated into an FTS5 MATCH expression.
 *
 * Grammar (OR binds loosest; words side by side must all match):
 *   query := all (OR all)*      all := unary (AND? unary)*
 *   unary := (NOT | -) unary | term | "(" query ")"
 * Every term reaches FTS5 as a quoted string ("coca", "coca growers", "coca"*), so nothing the user
 * types can be read as FTS5 syntax (column filters, NEAR, ^). A query FTS5 would reject or that asks
 * for nothing comes back as a message for the reader, never as an exception.
 */
import { tokenizeQuery, type QueryToken, type TermToken } from "@/lib/search/query-tokens";

export type SearchTerm = { text: string; phrase: boolean; prefix: boolean };

export type SearchQuery =
  | {
      ok: true;
      /** The FTS5 MATCH expression. */
      match: string;
      /** Terms that must or may match (not those under NOT): what a hit is, for snippets and paragraph links. */
      terms: SearchTerm[];
    }
  | { ok: false; message: string };

type QueryNode =
  | { type: "term"; term: SearchTerm }
  | { type: "all"; children: QueryNode[] }
  | { type: "any"; children: QueryNode[] }
  | { type: "not"; child: QueryNode };

/** Longer queries are not typed by people; they only cost time. */
export const MAX_QUERY_LENGTH = 500;
export const MAX_TERMS = 24;
export const MAX_NESTING = 8;
/** Shorter prefixes expand to thousands of index terms at full scale. */
export const MIN_PREFIX_LENGTH = 3;

const EXAMPLE = "e.g. coca growers, \"coca growers\", cocaler*, coca NOT cocaine, -cocaine, (coca OR opium) AND Peru";

class QueryProblem extends Error {}

class Parser {
  private position = 0;
  private depth = 0;

  constructor(private readonly tokens: QueryToken[]) {}

  parse(): QueryNode {
    const node = this.parseAny();
    const extra = this.tokens[this.position];
    if (extra?.type === "close") throw unmatched(")");
    return node;
  }

  private peek(): QueryToken | undefined {
    return this.tokens[this.position];
  }

  private parseAny(): QueryNode {
    const children = [this.parseAll()];
    while (this.peek()?.type === "or") {
      this.position++;
      children.push(this.parseAll());
    }
    return children.length === 1 ? children[0] : { type: "any", children };
  }

  private parseAll(): QueryNode {
    const children: QueryNode[] = [];
    for (;;) {
      const token = this.peek();
      if (token === undefined || token.type === "or" || token.type === "close") break;
      if (token.type === "and") {
        if (children.length === 0) throw dangling("AND");
        this.position++;
        const after = this.peek();
        if (after === undefined || after.type === "or" || after.type === "close" || after.type === "and") throw dangling("AND");
        continue;
      }
      children.push(this.parseUnary());
    }
    if (children.length === 0) {
      // Only reached after an OR (or at the start) with nothing before the next OR or ")".
      if (this.peek()?.type === "close" && this.depth === 0) throw unmatched(")");
      throw dangling("OR");
    }
    return children.length === 1 ? children[0] : { type: "all", children };
  }

  private parseUnary(): QueryNode {
    const token = this.tokens[this.position++];
    switch (token.type) {
      case "not": {
        const next = this.peek();
        if (next === undefined || next.type === "close" || next.type === "and" || next.type === "or") {
          throw new QueryProblem(`“NOT” (or “-”) needs a word after it to exclude. Try ${EXAMPLE}.`);
        }
        const child = this.parseUnary();
        if (child.type === "not") throw new QueryProblem("“NOT” twice in a row cancels out: remove both.");
        return { type: "not", child };
      }
      case "open": {
        if (++this.depth > MAX_NESTING) throw new QueryProblem(`Parentheses nest too deeply: use at most ${MAX_NESTING} levels.`);
        const next = this.peek();
        if (next === undefined) throw unmatched("(");
        if (next.type === "close") throw new QueryProblem("There are empty parentheses “()”: put words inside or remove them.");
        const inner = this.parseAny();
        if (this.tokens[this.position++]?.type !== "close") throw unmatched("(");
        this.depth--;
        return inner;
      }
      case "term":
        return { type: "term", term: termOf(token) };
      default:
        throw unmatched(")");
    }
  }
}

function unmatched(parenthesis: "(" | ")"): QueryProblem {
  return new QueryProblem(
    parenthesis === "(" ? "There is a “(” without a matching “)”." : "There is a “)” without a matching “(”.",
  );
}

function dangling(operator: string): QueryProblem {
  return new QueryProblem(`“${operator}” needs a word on each side. Try ${EXAMPLE}.`);
}

function termOf(token: TermToken): SearchTerm {
  if (token.prefix && token.text.length < MIN_PREFIX_LENGTH) {
    throw new QueryProblem(`“${token.text}*” is too short a prefix: give at least ${MIN_PREFIX_LENGTH} letters before the *.`);
  }
  return { text: token.text, phrase: token.phrase, prefix: token.prefix };
}

/** An FTS5 string: double quotes inside are doubled, so the text is only ever tokens. */
function quote(term: SearchTerm): string {
  return `"${term.text.replaceAll('"', '""')}"${term.prefix ? "*" : ""}`;
}

function group(node: QueryNode): string {
  const expression = toMatch(node);
  return node.type === "term" ? expression : `(${expression})`;
}

/**
 * FTS5 has only a binary NOT ("a NOT b"), so the excluded parts of a group are subtracted from what
 * it includes: `a b -c -d` becomes `(a AND b) NOT (c OR d)`. A group of exclusions only has nothing to
 * subtract from.
 */
function toMatch(node: QueryNode): string {
  switch (node.type) {
    case "term":
      return quote(node.term);
    case "any":
      return node.children.map(group).join(" OR ");
    case "not":
      throw new QueryProblem(onlyExcluded());
    case "all": {
      const included = node.children.filter((child) => child.type !== "not");
      const excluded = node.children.flatMap((child) => (child.type === "not" ? [child.child] : []));
      if (included.length === 0) throw new QueryProblem(onlyExcluded());
      const kept = included.map(group).join(" AND ");
      if (excluded.length === 0) return kept;
      const left = included.length === 1 ? kept : `(${kept})`;
      const right = excluded.length === 1 ? group(excluded[0]) : `(${excluded.map(group).join(" OR ")})`;
      return `${left} NOT ${right}`;
    }
  }
}

function onlyExcluded(): string {
  return `“NOT” and “-” only exclude cables from other results: add a word to search for, e.g. coca NOT cocaine.`;
}

function includedTerms(node: QueryNode): SearchTerm[] {
  switch (node.type) {
    case "term":
      return [node.term];
    case "not":
      return [];
    default:
      return node.children.flatMap(includedTerms);
  }
}

function countTerms(tokens: QueryToken[]): number {
  return tokens.filter((token) => token.type === "term").length;
}

export function parseSearchQuery(input: string): SearchQuery {
  const text = input.trim();
  if (text === "") return { ok: false, message: `Type a word to search for: ${EXAMPLE}.` };
  if (text.length > MAX_QUERY_LENGTH) return { ok: false, message: `The search is too long: use at most ${MAX_QUERY_LENGTH} characters.` };
  const tokenized = tokenizeQuery(text);
  if (!tokenized.ok) return tokenized;
  const { tokens } = tokenized;
  if (countTerms(tokens) === 0) return { ok: false, message: `There is no word to search for: ${EXAMPLE}.` };
  if (countTerms(tokens) > MAX_TERMS) return { ok: false, message: `The search has too many words: use at most ${MAX_TERMS}.` };
  try {
    const tree = new Parser(tokens).parse();
    return { ok: true, match: toMatch(tree), terms: includedTerms(tree) };
  } catch (error) {
    if (error instanceof QueryProblem) return { ok: false, message: error.message };
    throw error;
  }
}
