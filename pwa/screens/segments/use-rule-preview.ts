import { useEffect, useRef, useState } from 'preact/hooks';
import type { RulePreview } from '../../../core/worker/segments-api.ts';
import type { Rule } from '../../../core/segments/rule.ts';
import { useEngine } from '../../engine/engine-context.tsx';

/** Debounce of the live preview: fast enough to follow typing, slow enough not to queue a request per key. */
export const PREVIEW_DEBOUNCE_MS = 150;

/** engine.previewRule for the rule being edited, debounced; an answer to an older rule is dropped. */
export function useRulePreview(rule: Rule | undefined, sampleSize = 10): RulePreview | undefined {
  const { engine, version } = useEngine();
  const [preview, setPreview] = useState<RulePreview>();
  const ticket = useRef(0);
  useEffect(() => {
    if (!rule) return;
    const mine = ++ticket.current;
    const timer = setTimeout(() => {
      engine.previewRule(rule, sampleSize).then((p) => { if (mine === ticket.current) setPreview(p); }, () => undefined);
    }, PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [engine, version, rule, sampleSize]);
  return preview;
}
