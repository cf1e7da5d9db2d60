/**
 * Reads the overlay's closed shadow roots the way a debugger does (CDP DOM.getDocument with pierce): page
 * scripts cannot, Playwright locators only pierce open roots, and the content script exposes no hook.
 */
import type { CDPSession, Page } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}

export interface SeenBadge {
  /** The badge button's text (segment and code), '' for an unknown customer without a neutral badge. */
  text: string;
  /** The open card's text ('' while closed). */
  card: string;
  /** Text (or input value) of the node the badge follows. */
  before: string;
  hostId: number;
  buttonId?: number;
}

const attr = (n: CdpNode, name: string) => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};

function textOf(n: CdpNode): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  if (n.localName === 'style' || n.localName === 'template') return '';
  const own = n.localName === 'input' ? (attr(n, 'value') ?? '') : '';
  return [own, ...(n.children ?? []).map(textOf)].filter(Boolean).join(' ');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export async function readBadges(cdp: CDPSession): Promise<SeenBadge[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const out: SeenBadge[] = [];
  const walk = (n: CdpNode) => {
    const kids = n.children ?? [];
    kids.forEach((child, i) => {
      const shadow = child.shadowRoots?.find((s) => s.shadowRootType === 'closed');
      if (shadow) {
        const button = shadow.children?.find((c) => c.localName === 'button');
        const card = shadow.children?.find((c) => c.localName === 'div');
        const hidden = button ? attr(button, 'hidden') !== undefined : true;
        out.push({
          text: hidden || !button ? '' : squash(textOf(button)),
          card: card ? squash(textOf(card)) : '',
          before: i > 0 ? squash(textOf(kids[i - 1])) : '',
          hostId: child.nodeId,
          buttonId: button?.nodeId,
        });
      }
      walk(child);
    });
    if (n.contentDocument) walk(n.contentDocument);
  };
  walk(root);
  return out;
}

export async function cdpFor(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return cdp;
}

/** Computed style of a node (in a closed shadow root too). */
export async function computedStyle(cdp: CDPSession, nodeId: number, names: string[]): Promise<Record<string, string>> {
  const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId })) as { computedStyle: { name: string; value: string }[] };
  return Object.fromEntries(names.map((name) => [name, computedStyle.find((p) => p.name === name)?.value ?? '']));
}

/** The centre of a node's border box, in CSS pixels of the viewport. */
export async function centreOf(cdp: CDPSession, nodeId: number): Promise<{ x: number; y: number }> {
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { border: number[] } };
  const [x1, y1, , , x3, y3] = model.border;
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}
