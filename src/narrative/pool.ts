/**
 * The facts not yet said. Each fact goes into exactly one sentence: writers `take` facts
 * from the pool, so no fact (and no sentence built from it) is said twice.
 */
import type { Instrument } from '../core/instrument.js';
import type { Fact, FactKind, FactOf } from '../facts/fact.js';
import { NO_PERIOD_ENDS, type PeriodEnds } from './period-ends.js';

/** One sentence and the facts it states (for `--explain` and the JSON). */
export interface Sentence {
  readonly text: string;
  readonly facts: readonly Fact[];
}

/** A paragraph: its sentences and the instruments it is about. */
export interface Paragraph {
  readonly symbols: readonly string[];
  readonly sentences: readonly Sentence[];
}

/** What the writers know about the story: its year (dates in it drop the year) and names. */
export interface StoryContext {
  /** Year of the brief's date: "Aug. 2" rather than "Aug. 2, 2024" within it. */
  readonly storyYear: number;
  readonly instruments: ReadonlyMap<string, Instrument>;
  /** Which periods each instrument's date closes (by symbol): the tense of its period sentences. */
  readonly periodEnds: ReadonlyMap<string, PeriodEnds>;
  /** The benchmark's symbol (`SPX`): it leads a day when its news is as big as another index's; null for none. */
  readonly benchmark: string | null;
  /** The date of each instrument's prior close (ISO), by symbol: a period whose base is that close only repeats the day. */
  readonly prevDates?: ReadonlyMap<string, string>;
}

/**
 * True when the story counts `symbol`'s records of the year ("its 45th record close of 2024"):
 * the benchmark's, or any index's in a story without the benchmark. A desk counts the market's
 * records, not each index's.
 */
export function countsRecords(ctx: StoryContext, symbol: string): boolean {
  return ctx.benchmark === null || !ctx.instruments.has(ctx.benchmark) || symbol === ctx.benchmark;
}

/** The periods `symbol`'s date closes; none when unknown. */
export function periodEndsOf(ctx: StoryContext, symbol: string): PeriodEnds {
  return ctx.periodEnds.get(symbol) ?? NO_PERIOD_ENDS;
}

/** Facts by instrument, each removed once taken. */
export class FactPool {
  private readonly remaining = new Map<string, Fact[]>();
  private readonly told = new Set<Fact>();
  private readonly given = new Map<string, Fact[]>();

  constructor(facts: readonly Fact[]) {
    for (const fact of facts) {
      const list = this.given.get(fact.symbol) ?? [];
      list.push(fact);
      this.given.set(fact.symbol, list);
    }
    for (const [symbol, list] of this.given) this.remaining.set(symbol, [...list]);
  }

  /** Removes and returns the first untaken fact of `kind` about `symbol` that passes `filter`. */
  take<K extends FactKind>(symbol: string, kind: K, filter: (fact: FactOf<K>) => boolean = () => true): FactOf<K> | undefined {
    const list = this.remaining.get(symbol);
    if (list === undefined) return undefined;
    const i = list.findIndex((fact) => fact.kind === kind && filter(fact as FactOf<K>));
    if (i < 0) return undefined;
    const [fact] = list.splice(i, 1);
    return fact as FactOf<K> | undefined;
  }

  /** Puts a taken fact back, for another sentence to say (the lead left it out). */
  restore(fact: Fact): void {
    const list = this.remaining.get(fact.symbol) ?? [];
    if (!list.includes(fact)) list.push(fact);
    this.remaining.set(fact.symbol, list);
  }

  /** The first untaken fact of `kind` about `symbol`, left in the pool. */
  peek<K extends FactKind>(symbol: string, kind: K, filter: (fact: FactOf<K>) => boolean = () => true): FactOf<K> | undefined {
    return this.remaining.get(symbol)?.find((fact): fact is FactOf<K> => fact.kind === kind && filter(fact as FactOf<K>));
  }

  /** The first fact of `kind` about `symbol`, taken or not (what a sentence may weigh against, like the day's move). */
  find<K extends FactKind>(symbol: string, kind: K): FactOf<K> | undefined {
    return this.given.get(symbol)?.find((fact): fact is FactOf<K> => fact.kind === kind);
  }

  /** Marks a fact the lead's "as" clause told without its figure: the instrument's own sentence gives the figure, not the superlative again. */
  tell(fact: Fact): void {
    this.told.add(fact);
  }

  /** True when the lead told `fact` (see {@link FactPool.tell}). */
  wasTold(fact: Fact): boolean {
    return this.told.has(fact);
  }

  /** The untaken facts about `symbol`, in the order given. */
  all(symbol: string): readonly Fact[] {
    return [...(this.remaining.get(symbol) ?? [])];
  }

  /** The highest score among the untaken facts about `symbol` (0 when none). */
  topScore(symbol: string): number {
    return Math.max(0, ...(this.remaining.get(symbol) ?? []).map((fact) => fact.score));
  }

  /** The untaken fact with the highest score about `symbol`. */
  top(symbol: string): Fact | undefined {
    const list = this.remaining.get(symbol) ?? [];
    return list.reduce<Fact | undefined>((best, fact) => (best === undefined || fact.score > best.score ? fact : best), undefined);
  }
}
