import type { StatusFacts } from '../schema/meta.ts';

/**
 * A document's status in facts, never guessed: the editor's statement in meta.yml, a plan period read from the title,
 * a repeal stated by another document, or an effective date still ahead. A status that depends on a date says which
 * (`asOf`): the corpus date, the newest date the content carries, so a rebuild on another day gives the same site.
 */

export type Validity = 'in-force' | 'amended' | 'repealed' | 'not-yet-in-force' | 'expired';

const VALIDITY: Record<NonNullable<StatusFacts['validity']>, Validity> = {
  有效: 'in-force',
  已修改: 'amended',
  已废止: 'repealed',
  尚未生效: 'not-yet-in-force',
  已到期: 'expired',
};

export interface DocStatus {
  validity?: Validity;
  /** where the validity comes from: meta.yml, the plan period, another document's `repeals`, the effective date */
  basis?: 'editor' | 'period' | 'repealed-by' | 'effective';
  /** the date a stated or computed validity is known to hold on */
  asOf?: string;
  /** 施行日期 */
  effective?: string;
  /** 废止日期 */
  repealed?: string;
  /** a plan's period, from its title: （2024—2025年） */
  period?: { from: number; to: number };
  /** documents that repeal this one */
  repealedBy?: string[];
  /** the editor's note on how the facts were established */
  note?: string;
}

/** A plan period in a title: （2024—2025年）, (2024-2025年), （2024～2025年）; the second year must follow the first. */
export function planPeriod(title: string): { from: number; to: number } | undefined {
  const m = /[（(]\s*((?:19|20)\d\d)\s*年?\s*[—–\-－~～至]+\s*((?:19|20)\d\d)\s*年\s*[)）]/.exec(title);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return to >= from ? { from, to } : undefined;
}

/** The newest date the corpus carries (document or publication date): what every computed status is as of. */
export function corpusDate(metas: readonly { date: string; published?: string }[]): string {
  return (
    metas
      .flatMap((m) => [m.date, m.published?.slice(0, 10)].filter((d): d is string => !!d))
      .sort()
      .at(-1) ?? ''
  );
}

export interface StatusInput {
  type: string;
  title: string;
  status?: StatusFacts;
  /** documents whose meta.yml says they repeal this one, with their effective date when stated */
  repealedBy?: { id: string; effective?: string }[];
}

/** The status of one document as of `asOf`; undefined when there is no fact to state. */
export function statusOf(input: StatusInput, asOf: string): DocStatus | undefined {
  const facts = input.status ?? {};
  const period = input.type === 'policy' ? planPeriod(input.title) : undefined;
  const s: DocStatus = {};
  const repealers = [...(input.repealedBy ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  // a repeal takes effect with the repealing text: one not yet in force has not repealed anything yet
  const done = repealers.filter((r) => !r.effective || r.effective <= asOf);
  if (facts.validity) Object.assign(s, { validity: VALIDITY[facts.validity], basis: 'editor' });
  else if (done.length) Object.assign(s, { validity: 'repealed', basis: 'repealed-by' });
  else if (facts.effective && asOf < facts.effective) Object.assign(s, { validity: 'not-yet-in-force', basis: 'effective' });
  else if (period && asOf > `${period.to}-12-31`) Object.assign(s, { validity: 'expired', basis: 'period' });
  if (facts.effective) s.effective = facts.effective;
  const repealDate = facts.repealed ?? (done.length ? done : repealers).map((r) => r.effective).find(Boolean);
  if (repealDate) s.repealed = repealDate;
  if (period) s.period = period;
  if (repealers.length) s.repealedBy = repealers.map((r) => r.id);
  if (facts.note) s.note = facts.note;
  if (!Object.keys(s).length) return undefined;
  // a stated or computed state, and a period still running, hold as of the corpus date
  if (s.validity || s.period) s.asOf = asOf;
  return s;
}
