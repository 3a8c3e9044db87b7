import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../../src/core/view/viewState';
import { checkViewAgainstGraph } from '../../../src/state/viewOfStore';
import { tinyGraph } from '../fixtures/tinyGraph';

describe('state/viewOfStore: sections of a view', () => {
  it('should accept the sections the graph declares and name one it lacks', () => {
    const view = (sections: string[]) => ({ ...DEFAULT_VIEW, criteria: { sections } });
    expect(checkViewAgainstGraph(view(['immune', 'fig1']), tinyGraph())).toEqual([]);
    expect(checkViewAgainstGraph(view(['results']), tinyGraph())).toEqual([{ where: 'sections', message: 'no section "results" in this graph' }]);
  });
});
