import type { DetectionContext, Detector } from '../core/detector.js';
import type { Detection } from '../core/finding.js';
import type { Item } from '../core/item.js';
import { withoutLoneWeakCues } from '../core/corroboration.js';
import type { AuditConfig } from '../config/schema.js';
import { detectItem } from '../detectors/run.js';
import type { ExportSource, Problem } from '../source/types.js';
import type { AuditedItem, AuditRunStore, OrderedFinding } from '../store/audit-run.js';
import { contentHash } from '../store/items.js';
import { analysisKey } from './analysis-key.js';
import { effectiveSeverity, isCategoryEnabled } from './context.js';
import { isAllowlisted, toFinding } from './findings.js';
import type { MediaAnalyzer } from './media.js';

/**
 * Ordinals say in which order the run made its findings, which breaks priority ties the way the whole-list audit
 * did: every text detection in reading order (the item's place, then the detection's place in the item), then
 * every photo detection in the order the photo stage gave them.
 */
const PER_ITEM = 2 ** 16;
const PHOTO_ORDINALS = 2 ** 45;

interface Waiting {
  item: Item;
  source: ExportSource;
  runOrder: number;
  detections: Detection[];
}

export interface AuditBatchSettings {
  store: AuditRunStore;
  runId: number;
  detectors: readonly Detector[];
  config: AuditConfig;
  now: Date;
  /** Items with photo files wait for the photo stage before their findings are decided. */
  withPhotos: boolean;
}

/**
 * The audit of a stream of items, batch by batch: each batch is detected and stored (items, their detections and
 * their findings) in one transaction, so memory holds one batch, not the export. An item read twice (overlapping
 * exports) is replaced by its later version in its first place. An item whose content and analysis key are as
 * stored keeps its stored detections instead of being read by the detectors again.
 */
export class AuditBatches {
  private context: DetectionContext = { employers: [], allowlist: [] };
  private key = '';
  private nextOrder = 0;
  private groupStart = 0;
  private groupCounts = new Map<string, number>();
  private readonly waiting = new Map<string, Waiting>();
  /** The analysis keys this run stored items with. */
  private readonly keysUsed = new Set<string>();

  constructor(private readonly settings: AuditBatchSettings) {}

  /** The context to detect with from now on; items detected with another one are found by `redetectStale`. */
  useContext(context: DetectionContext): void {
    this.context = context;
    this.key = analysisKey(this.settings.detectors, context, this.settings.config);
  }

  /** Distinct items this run has read (counted here: a concurrent audit of the same store may claim them since). */
  get itemsRead(): number {
    return this.nextOrder;
  }

  /** The analysis key of the current context (see `analysisKey`). */
  get currentKey(): string {
    return this.key;
  }

  /**
   * Takes over the items of an earlier audit of the same inputs (same fingerprint) without reading the inputs: their
   * stored detections are turned into findings again (priorities depend on the day, switches on the config).
   */
  adoptRun(previousRunId: number, batchSize: number): void {
    this.settings.store.adoptItems(previousRunId);
    for (let after = -1; ;) {
      const detected = this.settings.store.detectedItems(after, batchSize);
      if (detected.length === 0) return;
      this.process(detected.map(({ item }) => item));
      after = detected[detected.length - 1]?.runOrder ?? after;
    }
  }

  /** Starts counting the items of the next group of inputs (see `endGroup`). */
  startGroup(): void {
    this.groupStart = this.nextOrder;
    this.groupCounts = new Map();
  }

  /**
   * Items first read in this group, by the input their latest version came from. An item an earlier group already
   * read counts for that group's input, as before.
   */
  endGroup(): Map<string, number> {
    return this.groupCounts;
  }

  /** Audits and stores one batch (its items distinct, in reading order) read from `source`. */
  process(items: readonly Item[], source?: ExportSource): void {
    this.settings.store.locked(() => this.processLocked(items, source));
  }

  private processLocked(items: readonly Item[], source?: ExportSource): void {
    const { store, runId, withPhotos } = this.settings;
    this.keysUsed.add(this.key);
    const audited: AuditedItem[] = [];
    const findings: OrderedFinding[] = [];
    for (const item of items) {
      const stored = store.stored(item);
      const json = JSON.stringify(item);
      const unchanged = stored?.contentHash === contentHash(json);
      const readBefore = stored?.lastRunId === runId;
      const runOrder = readBefore ? (stored.runOrder ?? 0) : this.nextOrder++;
      if (!readBefore) this.count(item.locator.input, 1);
      else if (runOrder >= this.groupStart) {
        this.count(stored.input, -1);
        this.count(item.locator.input, 1);
      }

      let detections: Detection[];
      let notAssessed: string | null;
      let detectionsJson: string;
      if (unchanged && stored.analysisKey === this.key && stored.detections !== null) {
        detectionsJson = stored.detections;
        detections = JSON.parse(detectionsJson) as Detection[];
        notAssessed = stored.notAssessed;
      } else {
        const found = detectItem(this.settings.detectors, item, this.context);
        detections = found.detections;
        detectionsJson = JSON.stringify(detections);
        notAssessed = found.assessed ? null : found.language.code;
      }

      const itemKey = `${item.platform}\u0000${item.kind}\u0000${item.id}`;
      const earlier = this.waiting.get(itemKey);
      this.waiting.delete(itemKey);
      const itemSource = source ?? earlier?.source;
      let heldBack: boolean | null = null;
      if (withPhotos && itemSource && item.media.some((media) => media.path !== null)) {
        this.waiting.set(itemKey, { item, source: itemSource, runOrder, detections });
      } else {
        const outcome = this.findingsOf(item, textOrdinals(detections, runOrder));
        heldBack = outcome.heldBack;
        findings.push(...outcome.findings);
      }
      audited.push({
        item,
        ...(unchanged ? {} : { json }),
        existed: stored !== undefined,
        readBefore,
        analysis: { key: this.key, detections: detectionsJson, notAssessed },
        runOrder,
        heldBack,
      });
    }
    store.writeBatch(audited, findings);
  }

  /** Detects again, with the current context, the items of this run detected with an earlier one. */
  redetectStale(batchSize: number): void {
    // Nothing to look for when every batch was detected with the current key (the usual case).
    if ([...this.keysUsed].every((key) => key === this.key)) return;
    for (;;) {
      const stale = this.settings.store.staleItems(this.key, batchSize);
      if (stale.length === 0) return;
      this.process(stale);
    }
  }

  /** Runs the photo stage on the items waiting for it, then decides and stores their findings. */
  async settlePhotos(
    media: MediaAnalyzer,
    problems: Problem[],
    onProgress: (done: number, total: number) => void,
    batchSize: number,
  ): Promise<void> {
    const waiting = [...this.waiting.values()].sort((a, b) => a.runOrder - b.runOrder);
    this.waiting.clear();
    const photos = await media.analyze(
      waiting.map(({ item, source }) => ({ item, source })),
      this.context,
      onProgress,
    );
    problems.push(...photos.problems);
    const photoDetections = new Map<Item, { detection: Detection; ordinal: number }[]>();
    photos.detections.forEach(({ item, detection }, index) => {
      const list = photoDetections.get(item) ?? [];
      list.push({ detection, ordinal: PHOTO_ORDINALS + index });
      photoDetections.set(item, list);
    });
    for (let start = 0; start < waiting.length; start += batchSize) {
      const settled: { item: Item; heldBack: boolean }[] = [];
      const findings: OrderedFinding[] = [];
      for (const { item, runOrder, detections } of waiting.slice(start, start + batchSize)) {
        const outcome = this.findingsOf(item, [
          ...textOrdinals(detections, runOrder),
          ...(photoDetections.get(item) ?? []),
        ]);
        settled.push({ item, heldBack: outcome.heldBack });
        findings.push(...outcome.findings);
      }
      this.settings.store.settle(settled, findings);
    }
  }

  /** The config's switches, overrides and allowlist, the priority and the lone-weak-cue rule, for one item. */
  private findingsOf(
    item: Item,
    detections: readonly { detection: Detection; ordinal: number }[],
  ): { findings: OrderedFinding[]; heldBack: boolean } {
    const { config, now } = this.settings;
    const candidates = detections
      .filter(({ detection }) => isCategoryEnabled(detection.category, config))
      .filter(({ detection }) => !isAllowlisted(item.text, detection, this.context.allowlist))
      .map(({ detection, ordinal }) => ({
        finding: toFinding(
          item,
          { ...detection, severity: effectiveSeverity(detection.category, detection.severity, config) },
          now,
        ),
        ordinal,
      }));
    const { kept, itemsHeldBack } = withoutLoneWeakCues(candidates.map(({ finding }) => finding));
    const keptSet = new Set(kept);
    return { findings: candidates.filter(({ finding }) => keptSet.has(finding)), heldBack: itemsHeldBack > 0 };
  }

  private count(input: string, delta: number): void {
    this.groupCounts.set(input, (this.groupCounts.get(input) ?? 0) + delta);
  }
}

function textOrdinals(detections: readonly Detection[], runOrder: number): { detection: Detection; ordinal: number }[] {
  return detections.map((detection, index) => ({
    detection,
    ordinal: runOrder * PER_ITEM + Math.min(index, PER_ITEM - 1),
  }));
}
