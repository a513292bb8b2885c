/**
 * The benchmark corpus: real cables (sample csv rows, site pages) replayed many times, each copy
 * with a new serial and its references renumbered, so ids are unique and the reference graph keeps
 * the sample's density with a realistic share of citations resolving inside the corpus.
 */
import { type GeneratorIdParts, formatGeneratorId, rewriteOwnSerial, serialKey } from "@/lib/bench/ids";
import { type Prng, createPrng, hashString, permutation } from "@/lib/bench/prng";
import { rewriteRefSerials } from "@/lib/bench/references";
import { type SeedFormat, renderSeedFormat, seedFormatsFor } from "@/lib/bench/seed-formats";
import { SerialPlan } from "@/lib/bench/serial-plan";
import { COLUMN, type CsvTemplate, type HtmlTemplate, type Template } from "@/lib/bench/templates";

export interface CorpusOptions {
  count: number;
  seed: number;
  /** Share of cables written as Cablegate site pages. */
  htmlShare: number;
  /** Share of cables written as files in the seed formats (text export, telegram, ...). */
  seedShare: number;
  /** Share of citations, to a station and year the corpus has, that point at a generated cable. */
  resolveShare: number;
}

export type CorpusItem =
  | { kind: "csv-row"; fields: string[] }
  | { kind: "file"; path: string; format: SeedFormat | "site-html"; text: string };

export interface CorpusStats {
  cables: number;
  byFormat: Record<string, number>;
  references: number;
  /** References whose cited id is a generated cable. */
  resolving: number;
  /** Renumbered serials found again in the REF block text, and how many were sought. */
  refSerialsInText: number;
  refSerialsSought: number;
  /** Cables whose text never states their own serial (nothing to rewrite). */
  ownSerialNotInText: number;
  /** Generated cables per station and year ("07LIMA" → 412): serials 1..n exist. */
  serialCounts: Record<string, number>;
}

export function emptyStats(): CorpusStats {
  return { cables: 0, byFormat: {}, references: 0, resolving: 0, refSerialsInText: 0, refSerialsSought: 0, ownSerialNotInText: 0, serialCounts: {} };
}

/** Templates in a fresh seeded order each round, so consecutive cables differ. */
class TemplateCycle<T extends Template> {
  private round = -1;
  private order: Uint32Array = new Uint32Array(0);

  constructor(
    private readonly templates: readonly T[],
    private readonly prng: Prng,
  ) {}

  at(index: number): T {
    const round = Math.floor(index / this.templates.length);
    if (round !== this.round) {
      this.round = round;
      this.order = permutation(this.templates.length, this.prng.fork(`round ${round}`));
    }
    return this.templates[this.order[index % this.templates.length]];
  }
}

/** Spreads `part` marked items evenly over `total`: true at the indexes that are marked. */
function isMarked(index: number, part: number, total: number): boolean {
  return Math.floor(((index + 1) * part) / total) > Math.floor((index * part) / total);
}

interface Renumbered {
  /** Old serial → new serial, as the REF block text must change. */
  serials: Map<number, number>;
  ids: string[];
}

function renumberReferences(template: Template, ownSerial: number, plan: SerialPlan, prng: Prng, options: CorpusOptions, stats: CorpusStats): Renumbered {
  const serials = new Map<number, number>();
  const cited = new Map<string, GeneratorIdParts>();
  const own = template.id;
  for (const reference of template.references) {
    const isSelf = serialKey(reference) === serialKey(own) && reference.serial === own.serial;
    let serial = serials.get(reference.serial);
    if (serial === undefined) {
      serial = isSelf ? ownSerial : plan.citeSerial(reference, prng, options.resolveShare);
      serials.set(reference.serial, serial);
    }
    const renumbered: GeneratorIdParts = { yearDigits: reference.yearDigits, station: reference.station, serial };
    cited.set(formatGeneratorId(renumbered), renumbered);
  }
  for (const parts of cited.values()) {
    stats.references++;
    if (plan.exists(parts)) stats.resolving++;
  }
  stats.refSerialsSought += serials.size;
  return { serials, ids: [...cited.keys()].sort() };
}

/** Own serial, then the REF block; counts what was found. */
function rewriteText(text: string, oldSerial: number, newSerial: number, references: Renumbered, stats: CorpusStats): { text: string; ownCount: number } {
  const own = rewriteOwnSerial(text, oldSerial, newSerial);
  const refs = rewriteRefSerials(own.text, references.serials);
  stats.refSerialsInText += refs.found.size;
  return { text: refs.text, ownCount: own.count };
}

function hexName(id: string): string {
  return [hashString(id), hashString(`${id}#`)].map((hash) => hash.toString(16).padStart(8, "0")).join("");
}

const SITE_PATH = /\/cable\/(\d{4})\/(\d{2})\//;

export function* generateCorpus(
  csvTemplates: readonly CsvTemplate[],
  htmlTemplates: readonly HtmlTemplate[],
  options: CorpusOptions,
  stats: CorpusStats,
): Generator<CorpusItem> {
  const root = createPrng(options.seed);
  const htmlCount = htmlTemplates.length > 0 ? Math.round(options.count * options.htmlShare) : 0;
  const csvCount = options.count - htmlCount;
  const seedCount = Math.round(options.count * options.seedShare);
  const csvCycle = new TemplateCycle(csvTemplates, root.fork("csv"));
  const htmlCycle = new TemplateCycle(htmlTemplates, root.fork("html"));

  const counts = new Map<string, number>();
  const tally = (template: Template) => counts.set(serialKey(template.id), (counts.get(serialKey(template.id)) ?? 0) + 1);
  for (let index = 0; index < csvCount; index++) tally(csvCycle.at(index));
  for (let index = 0; index < htmlCount; index++) tally(htmlCycle.at(index));
  const plan = new SerialPlan(counts);
  stats.serialCounts = Object.fromEntries(counts);
  const prng = root.fork("references");
  const count = (format: string) => {
    stats.cables++;
    stats.byFormat[format] = (stats.byFormat[format] ?? 0) + 1;
  };

  for (let index = 0; index < csvCount; index++) {
    const template = csvCycle.at(index);
    const serial = plan.issue(template.id);
    const id = formatGeneratorId({ ...template.id, serial });
    const references = renumberReferences(template, serial, plan, prng, options, stats);
    const { fields: old } = template;
    const header = rewriteOwnSerial(old[COLUMN.header], template.id.serial, serial);
    const body = rewriteText(old[COLUMN.body], template.id.serial, serial, references, stats);
    if (header.count + body.ownCount === 0) stats.ownSerialNotInText++;
    const fields = [...old];
    fields[COLUMN.internalId] = String(index + 1);
    fields[COLUMN.id] = id;
    fields[COLUMN.referencedIds] = references.ids.join("|");
    fields[COLUMN.header] = header.text;
    fields[COLUMN.body] = body.text;
    if (isMarked(index, seedCount, csvCount)) {
      const format = prng.pick(seedFormatsFor(fields));
      count(format);
      const text = renderSeedFormat(format, fields, template.id.station);
      yield { kind: "file", path: `seed-formats/${String(index).padStart(6, "0")}_${hexName(id)}.txt`, format, text };
    } else {
      count("cables-csv");
      yield { kind: "csv-row", fields };
    }
  }

  for (let index = 0; index < htmlCount; index++) {
    const template = htmlCycle.at(index);
    const serial = plan.issue(template.id);
    const id = formatGeneratorId({ ...template.id, serial });
    const references = renumberReferences(template, serial, plan, prng, options, stats);
    const renamed = template.html.replace(new RegExp(`(?<![A-Z0-9])${template.idText}(?![0-9])`, "g"), id);
    const { text, ownCount } = rewriteText(renamed, template.id.serial, serial, references, stats);
    if (ownCount === 0) stats.ownSerialNotInText++;
    const [, year, month] = SITE_PATH.exec(template.html) ?? ["", "unknown", "00"];
    count("site-html");
    yield { kind: "file", path: `site-html/${year}/${month}/${id}.html`, format: "site-html", text };
  }
}
