// How a library is cut into parts that build on their own: booklet volumes (the documents of one type and year, a
// bounded number at a time) and build shards (whole volumes, about the same number of documents each). A shard holds
// every document of its volumes, so its booklets need nothing from another shard. Pure: the same catalogue and shard
// count give the same parts on every machine.

/** What the cut needs to know of a document. */
export interface PartDoc {
  docId: string;
  type: string;
  date: string;
  /** a variant merged into another document: it travels with that document and has no booklet place of its own */
  mergedInto?: string;
}

export interface Volume {
  /** stable and URL-safe: `<type>-<year>` or `<type>-<year>-<n>` when a year fills more than one volume */
  key: string;
  type: string;
  year: string;
  /** the documents in reading order (date, then id); merged variants excluded */
  docIds: string[];
}

/** Documents per booklet volume (option BOOKLET_DOCS): a volume is one PDF, a few hundred pages a printer and a reader handle. */
export const VOLUME_DOCS = 30;

const year = (d: PartDoc) => (/^\d{4}/.exec(d.date)?.[0] ?? 'undated');

/** The key of the one volume of a library small enough for one booklet (its PDF keeps the name booklet.pdf). */
export const WHOLE_LIBRARY = 'all';

/**
 * The booklet volumes: a library of at most `size` documents is one volume (WHOLE_LIBRARY, in reading order);
 * a larger one is cut per type and year (newest year first), each cut into runs of at most `size` documents.
 */
export function volumes(docs: PartDoc[], size = VOLUME_DOCS): Volume[] {
  const booked = docs.filter((x) => !x.mergedInto);
  if (booked.length <= size) return [{ key: WHOLE_LIBRARY, type: 'all', year: 'all', docIds: booked.map((d) => d.docId) }];
  const groups = new Map<string, PartDoc[]>();
  for (const d of booked) {
    const k = `${d.type}-${year(d)}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(d);
  }
  const out: Volume[] = [];
  for (const k of [...groups.keys()].sort((a, b) => cmpGroup(groups.get(a)![0]!, groups.get(b)![0]!))) {
    const members = groups.get(k)!.sort((a, b) => a.date.localeCompare(b.date) || a.docId.localeCompare(b.docId));
    const parts = Math.ceil(members.length / size);
    for (let i = 0; i < parts; i++) {
      out.push({ key: parts > 1 ? `${k}-${i + 1}` : k, type: members[0]!.type, year: year(members[0]!), docIds: members.slice(i * size, (i + 1) * size).map((d) => d.docId) });
    }
  }
  return out;
}

const typeOrder: Record<string, number> = { policy: 0, interpretation: 1, transcript: 2, news: 3 };
const cmpGroup = (a: PartDoc, b: PartDoc) => (typeOrder[a.type] ?? 9) - (typeOrder[b.type] ?? 9) || year(b).localeCompare(year(a));

/** Policy texts first, then interpretations, transcripts and news; within a type the newest first. */
export const newestFirst = (a: PartDoc, b: PartDoc) => (typeOrder[a.type] ?? 9) - (typeOrder[b.type] ?? 9) || b.date.localeCompare(a.date) || a.docId.localeCompare(b.docId);

export interface Shard {
  /** 1-based */
  index: number;
  volumes: Volume[];
  /** every document the shard builds: its volumes' documents and the variants merged into them */
  docIds: Set<string>;
}

/** `count` shards of whole volumes, consecutive and of about equal size (some may be empty when volumes are few). */
export function shards(docs: PartDoc[], count: number, size = VOLUME_DOCS): Shard[] {
  const vols = volumes(docs, size);
  const total = vols.reduce((n, v) => n + v.docIds.length, 0);
  const out: Shard[] = Array.from({ length: count }, (_, i) => ({ index: i + 1, volumes: [], docIds: new Set<string>() }));
  let seen = 0;
  for (const v of vols) {
    // a volume goes to the shard its middle falls in
    const at = Math.min(count - 1, Math.floor(((seen + v.docIds.length / 2) / Math.max(1, total)) * count));
    out[at]!.volumes.push(v);
    for (const id of v.docIds) out[at]!.docIds.add(id);
    seen += v.docIds.length;
  }
  const home = new Map(out.flatMap((s) => [...s.docIds].map((id) => [id, s] as const)));
  for (const d of docs.filter((x) => x.mergedInto)) (home.get(d.mergedInto!) ?? out[0]!).docIds.add(d.docId);
  return out;
}
