import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { FieldInfo, RuleProblem } from '../../../../core/worker/segments-api.ts';

/** What every node of the rule builder needs: the field catalogue, the segments to refer to, problems by path. */
export interface RuleBuilderContext {
  fields: FieldInfo[];
  fieldById: Map<string, FieldInfo>;
  /** Segments a `segment in` condition may name (the edited one left out). */
  segments: { id: string; name: string }[];
  problems: RuleProblem[];
}

const Ctx = createContext<RuleBuilderContext>({ fields: [], fieldById: new Map(), segments: [], problems: [] });

export const RuleBuilderProvider = Ctx.Provider;
export const useRuleBuilder = (): RuleBuilderContext => useContext(Ctx);
