import { bookTitle } from './cite.ts';
import type { Locale } from '../i18n/locales.ts';
import { t, type UiKey } from '../i18n/ui.ts';
import type { DocStatus } from '../pipeline/status.ts';

export interface StatusWords {
  /** 效力：已到期, or undefined when no state is known */
  state?: string;
  /** the sentences that say why and since when, in reading order */
  details: string[];
  /** the editor's note on how the facts were established: 编者说明：… */
  note?: string;
}

/**
 * A status in words for a page, a PDF and the open data. Every sentence comes from a fact in `status`; a state that
 * holds as of a date says which. `titleOf` names a repealing document in the page's script.
 */
export function statusWords(s: DocStatus | undefined, locale: Locale, titleOf: (id: string) => string): StatusWords | undefined {
  if (!s) return undefined;
  const details: string[] = [];
  const p = s.period;
  if (p)
    details.push(t(locale, s.validity === 'expired' && s.basis === 'period' ? 'status.periodEnded' : s.validity ? 'status.period' : 'status.periodRunning', p));
  if (s.effective) details.push(t(locale, s.basis === 'effective' ? 'status.notYetEffective' : 'status.effective', { date: s.effective }));
  if (s.repealed) details.push(t(locale, 'status.repealedOn', { date: s.repealed }));
  if (s.repealedBy?.length) details.push(t(locale, 'status.repealedBy', { docs: s.repealedBy.map((id) => bookTitle(titleOf(id))).join('、') }));
  if (s.asOf) details.push(t(locale, 'status.asOf', { date: s.asOf }));
  const state = s.validity ? `${t(locale, 'status.label')}：${t(locale, `status.${s.validity}` as UiKey)}` : undefined;
  return { ...(state ? { state } : {}), details, ...(s.note ? { note: t(locale, 'status.note', { note: s.note }) } : {}) };
}

/** schema.org LegalForceStatus for a state; none for 已修改 (in force, but not as this text says). */
export function legalForce(s: DocStatus | undefined): string | undefined {
  const v = s?.validity;
  if (v === 'in-force') return 'https://schema.org/InForce';
  if (v === 'repealed' || v === 'expired' || v === 'not-yet-in-force') return 'https://schema.org/NotInForce';
  return undefined;
}
